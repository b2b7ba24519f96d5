import { Inflate, strFromU8 } from "fflate";
import { crc32, type Crc32 } from "../crc32";
import { fileError } from "../file-errors";

/**
 * The zip container of an .xlsx/.xlsm (an OPC package) read part by part. The central directory is
 * parsed here (Zip64 and entries written with a data descriptor included: the directory always holds
 * the true sizes and CRC), and a part is inflated only when asked for, so a big sheet nobody reads costs
 * nothing but its directory record. fflate's unzipSync is avoided on purpose: it inflates every entry.
 *
 * Browser-safe: no node: import (fflate, TextDecoder).
 */

export interface ZipEntry {
  /** Part name as stored ("xl/workbook.xml"), no leading "/". */
  name: string;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  method: number;
  crc32: number;
  compressedSize: number;
  /** Inflated size. */
  size: number;
  /** General-purpose flags, DOS time and date as stored in the central directory (for a writer keeping them). */
  flags: number;
  modTime: number;
  modDate: number;
}

export interface ZipPackage {
  /** Central-directory order. */
  readonly entries: readonly ZipEntry[];
  /** The entry of a part name; exact match first, then case-insensitively (OPC part names are). */
  entry(name: string): ZipEntry | undefined;
  has(name: string): boolean;
  /** Inflated bytes; throws WorkbookFileError "damaged" (naming the part) or "too-large". */
  read(name: string): Uint8Array;
  /** The part as text (UTF-8, or UTF-16 when it starts with a UTF-16 BOM), BOM stripped. */
  text(name: string): string;
  /** The compressed bytes exactly as in the input, to copy a part byte-identical. */
  raw(name: string): Uint8Array;
}

/**
 * Safety limits against hostile files ("zip bombs"). Why these numbers: the largest real workbook an
 * officer sends is a few megabytes zipped and some tens of megabytes of XML; deflate cannot exceed a
 * ratio of about 1032:1, and real spreadsheet XML stays far below 100:1.
 *
 * - maxPartSize 200 MB: no single part inflates past it (checked on the declared size before any work,
 *   and on the running count while inflating, since a hostile directory can lie).
 * - maxTotalSize 1 GB: the sum of everything inflated from one package.
 * - maxRatio 200 once a part passes ratioFloor (4 MB): a part inflating at more than 200 bytes per
 *   compressed byte is a bomb (Apache POI refuses beyond 100); stopped after about 4 MB of output, i.e.
 *   in well under a second even with fflate's slow copying of long matches (~60 MB/s on zeros).
 * Inflating is streamed in slices (SMALL_SLICE compressed bytes until ratioFloor, LARGE_SLICE after,
 * where fflate is fastest), so one step produces at most ~1032 × its slice: memory stays bounded.
 */
export interface ZipLimits {
  maxPartSize: number;
  maxTotalSize: number;
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxPartSize: 200 * 1024 * 1024,
  maxTotalSize: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
};

/**
 * A host's faster raw inflate (Node's native zlib), trusted only with parts whose declared size passes
 * the limits: it must return exactly `size` bytes, or null (more or fewer bytes, broken data) having
 * produced at most about `size` bytes. Null sends the part through the bounded fflate path, which
 * names what is wrong with it.
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array | null;

/** Compressed bytes fed to the inflater at a time, before and after ratioFloor: at most ~1032× this is produced before a check. */
const SMALL_SLICE = 4 * 1024;
const LARGE_SLICE = 16 * 1024;

// The zip format's record signatures and sizes (PKWARE APPNOTE 4.3). `duplicates` pairs this list of named
// constants with chart-layout.ts's by shape alone: data, not a repeated rule.
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;

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

interface StoredEntry extends ZipEntry {
  localHeaderOffset: number;
}

/**
 * Opens the package; throws WorkbookFileError "damaged" when the directory itself cannot be read.
 * `label` names the file in messages. Nothing is inflated here.
 */
export function openZipPackage(bytes: Uint8Array, label: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, inflateRaw?: InflateRaw, checksum: Crc32 = crc32): ZipPackage {
  const entries = readDirectory(bytes, label);
  const exact = new Map<string, StoredEntry>();
  const folded = new Map<string, StoredEntry>();
  for (const e of entries) {
    if (!exact.has(e.name)) exact.set(e.name, e);
    const key = e.name.toLowerCase();
    if (!folded.has(key)) folded.set(key, e);
  }
  let inflatedTotal = 0;
  const find = (name: string): StoredEntry | undefined => {
    const plain = name.startsWith("/") ? name.slice(1) : name;
    return exact.get(plain) ?? folded.get(plain.toLowerCase());
  };
  const need = (name: string): StoredEntry => {
    const e = find(name);
    if (e === undefined) throw fileError("damaged", label, `${name}: missing`);
    return e;
  };
  const read = (name: string): Uint8Array => {
    const e = need(name);
    const data = compressedData(bytes, e, label);
    if (e.flags & ENCRYPTED_FLAG) throw fileError("damaged", label, `${e.name}: encrypted zip entry`);
    if (e.size > limits.maxPartSize || inflatedTotal + e.size > limits.maxTotalSize) throw fileError("too-large", label, e.name);
    let out: Uint8Array;
    if (e.method === STORED || (data.length === 0 && e.size === 0)) out = data;
    else if (e.method === DEFLATED) out = (inflateRaw && declaredWithinRatio(e, limits) ? inflateRaw(data, e.size) : null) ?? inflateBounded(data, e, label, limits, limits.maxTotalSize - inflatedTotal);
    else throw fileError("damaged", label, `${e.name}: compression method ${e.method}`);
    inflatedTotal += out.length;
    if (out.length !== e.size || checksum(out) !== e.crc32) throw fileError("damaged", label, e.name);
    return out;
  };
  return {
    entries,
    entry: find,
    has: (name) => find(name) !== undefined,
    read,
    text: (name) => decodeText(read(name)),
    raw: (name) => compressedData(bytes, need(name), label),
  };
}

function readDirectory(bytes: Uint8Array, label: string): StoredEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw fileError("damaged", label);
  const view = viewOf(bytes);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 <= bytes.length && view.getUint32(record, true) === ZIP64_EOCD_SIGNATURE) {
      count = safeNumber(view.getBigUint64(record + 32, true));
      size = safeNumber(view.getBigUint64(record + 40, true));
      offset = safeNumber(view.getBigUint64(record + 48, true));
      directoryEnd = record;
    } else if (count === 0xffff || offset === 0xffffffff) throw fileError("damaged", label, "zip64 directory");
  }
  // Bytes prepended to the zip (a self-extractor stub, a mail gateway's banner) shift every offset alike:
  // the directory then sits just before its end record, not where its recorded offset says.
  let shift = 0;
  if (count > 0 && !isSignature(view, offset, CENTRAL_SIGNATURE)) {
    shift = directoryEnd - size - offset;
    if (shift <= 0 || !isSignature(view, offset + shift, CENTRAL_SIGNATURE)) throw fileError("damaged", label, "zip directory");
    offset += shift;
  }
  const entries: StoredEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || !isSignature(view, at, CENTRAL_SIGNATURE)) throw fileError("damaged", label, "zip directory");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extraStart = at + 46 + nameLength;
    const entry: StoredEntry = {
      name: strFromU8(bytes.subarray(at + 46, extraStart)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      modTime: view.getUint16(at + 12, true),
      modDate: view.getUint16(at + 14, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, extraStart, extraLength, entry);
    entry.localHeaderOffset += shift;
    entries.push(entry);
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset too big for 32 bits are 0xffffffff in the record and follow, in this order, in the Zip64 extra field. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: StoredEntry): void {
  const end = Math.min(start + length, view.byteLength);
  for (let at = start; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= at + 4 + size && field + 8 <= end ? safeNumber(view.getBigUint64(field, true)) : -1;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function compressedData(bytes: Uint8Array, entry: StoredEntry, label: string): Uint8Array {
  const view = viewOf(bytes);
  const at = entry.localHeaderOffset;
  if (at < 0 || at + 30 > bytes.length || !isSignature(view, at, LOCAL_SIGNATURE)) throw fileError("damaged", label, entry.name);
  // The local header's own name and extra lengths (its extra field may differ from the directory's).
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (entry.compressedSize < 0 || start + entry.compressedSize > bytes.length) throw fileError("damaged", label, entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Streams the deflate data through fflate a slice at a time with a running count, so a part inflating
 * past a limit is abandoned after at most one slice's output: bounded time and memory.
 */
function inflateBounded(data: Uint8Array, entry: ZipEntry, label: string, limits: ZipLimits, totalLeft: number): Uint8Array {
  const limit = Math.min(limits.maxPartSize, totalLeft);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let fed = 0;
  let failed = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit || (produced > limits.ratioFloor && produced > limits.maxRatio * Math.max(fed, 1))) throw new TooLarge();
    if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (fed = 0; fed < data.length; ) {
      const end = Math.min(fed + (produced > limits.ratioFloor ? LARGE_SLICE : SMALL_SLICE), data.length);
      const slice = data.subarray(fed, end);
      fed = end;
      inflater.push(slice, end === data.length);
    }
  } catch (error) {
    if (error instanceof TooLarge) throw fileError("too-large", label, entry.name);
    failed = true;
  }
  if (failed) throw fileError("damaged", label, entry.name);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

class TooLarge extends Error {}

/** The declared size passes the ratio guard: a host's inflate capped at that size cannot be a bomb's. */
export function declaredWithinRatio(entry: ZipEntry, limits: ZipLimits): boolean {
  return entry.size <= limits.ratioFloor || entry.size <= limits.maxRatio * Math.max(entry.compressedSize, 1);
}

/** XML parts are UTF-8 in practice; a UTF-16 BOM (allowed by XML) is honoured; the BOM is never part of the text. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // fflate's decoder: TextDecoder where the host has one, its own otherwise (jsdom, old WebViews).
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A 64-bit field as a number; beyond 2^53 it cannot be an offset into bytes in memory anyway. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(value);
}

function isSignature(view: DataView, at: number, signature: number): boolean {
  return at >= 0 && at + 4 <= view.byteLength && view.getUint32(at, true) === signature;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
