/**
 * Just enough of a zip reader to take single parts out of an .xlsx: the few XML facts ExcelJS drops
 * while loading (see string-results.ts). Reads the central directory, so entries written with a data
 * descriptor (sizes after the data) are found as well; parts are stored or deflated, as in any .xlsx.
 */

/** Raw deflate (RFC 1951) of one entry: node:zlib on the command line, DecompressionStream in a browser. */
export type InflateRaw = (data: Uint8Array) => Promise<Uint8Array>;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Where the end-of-central-directory record starts, -1 when there is none (a cut or damaged zip). */
export function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    // The comment must fit in what follows, or the four bytes were only data that looks like a signature.
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) <= bytes.length) return at;
  }
  return -1;
}

/** The entries of the central directory; null when it cannot be read (the zip is cut or damaged). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return null;
  const view = viewOf(bytes);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = zip64Directory(view, eocd);
    if (zip64 === null) return null;
    ({ count, offset } = zip64);
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return null;
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** The entry's bytes, uncompressed; throws when the entry is damaged or compressed in another way. */
export async function entryBytes(bytes: Uint8Array, entry: ZipEntry, inflate: InflateRaw): Promise<Uint8Array> {
  const view = viewOf(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new Error(`zip entry ${entry.name}: no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error(`zip entry ${entry.name}: cut short`);
  if (entry.method === STORED) return data;
  if (entry.method === DEFLATED) return inflate(data);
  throw new Error(`zip entry ${entry.name}: compression method ${entry.method}`);
}

/** The entry named `name` (zip names of an .xlsx are compared case-insensitively, as Excel does). */
export function findEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const wanted = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === wanted);
}

/** Any JavaScript host with Compression Streams (browsers, Node ≥ 20.12). */
export const streamInflateRaw: InflateRaw = async (data) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
