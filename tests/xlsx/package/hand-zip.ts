import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../../src/xlsx/crc32";

/**
 * Zip archives built byte by byte, in the forms real writers produce and a library would not let a test
 * choose: sizes after the data (data descriptors, as streaming writers such as Google Sheets' and some
 * Java libraries write), Zip64 records (as .NET's and Java's writers emit for big or streamed parts),
 * bytes before the archive, stored entries, and entries whose directory lies about their size.
 */
export interface HandEntry {
  name: string;
  /** The part's bytes (or text, UTF-8). */
  data?: Uint8Array | string;
  /** Ready-made raw deflate data instead of `data` (a zip bomb's). */
  deflated?: Uint8Array;
  stored?: boolean;
  /** Declared inflated size and CRC when they must differ from the data's. */
  size?: number;
  crc?: number;
}

export interface HandZipOptions {
  dataDescriptor?: boolean;
  zip64?: boolean;
  /** Bytes before the first local header (a self-extractor stub, a mail gateway's banner). */
  prefix?: Uint8Array;
  /** The archive's comment, after the end record (some mail and archiving tools add one). */
  comment?: string;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];

export function handZip(entries: readonly HandEntry[], options: HandZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (bytes: Uint8Array | number[]) => {
    const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    chunks.push(b);
    offset += b.length;
  };
  if (options.prefix) push(options.prefix);
  const central: number[][] = [];
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const plain = typeof entry.data === "string" ? new TextEncoder().encode(entry.data) : (entry.data ?? new Uint8Array(0));
    const body = entry.deflated ?? (entry.stored ? plain : deflateRawSync(plain));
    const method = entry.stored ? 0 : 8;
    const size = entry.size ?? plain.length;
    const crc = entry.crc ?? crc32(plain);
    const flags = 0x0800 | (options.dataDescriptor ? 0x0008 : 0);
    const at = offset;
    const z = options.zip64;
    const localExtra = z ? [...u16(1), ...u16(16), ...u64(options.dataDescriptor ? 0 : size), ...u64(options.dataDescriptor ? 0 : body.length)] : [];
    const sizes = options.dataDescriptor ? [...u32(0), ...u32(0), ...u32(0)] : [...u32(crc), ...u32(z ? 0xffffffff : body.length), ...u32(z ? 0xffffffff : size)];
    push([...u32(0x04034b50), ...u16(z ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...sizes, ...u16(name.length), ...u16(localExtra.length), ...name, ...localExtra]);
    push(body);
    if (options.dataDescriptor) push(z ? [...u32(0x08074b50), ...u32(crc), ...u64(body.length), ...u64(size)] : [...u32(0x08074b50), ...u32(crc), ...u32(body.length), ...u32(size)]);
    const centralExtra = z ? [...u16(1), ...u16(24), ...u64(size), ...u64(body.length), ...u64(at)] : [];
    central.push([
      ...u32(0x02014b50), ...u16(z ? 45 : 20), ...u16(z ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21),
      ...u32(crc), ...u32(z ? 0xffffffff : body.length), ...u32(z ? 0xffffffff : size), ...u16(name.length), ...u16(centralExtra.length), ...u16(0),
      ...u16(0), ...u16(0), ...u32(0), ...u32(z ? 0xffffffff : at), ...name, ...centralExtra,
    ]);
  }
  const directoryAt = offset;
  for (const record of central) push(record);
  const directorySize = offset - directoryAt;
  const comment = new TextEncoder().encode(options.comment ?? "");
  if (options.zip64) {
    const recordAt = offset;
    push([...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(entries.length), ...u64(entries.length), ...u64(directorySize), ...u64(directoryAt)]);
    push([...u32(0x07064b50), ...u32(0), ...u64(recordAt), ...u32(1)]);
    push([...u32(0x06054b50), ...u16(0xffff), ...u16(0xffff), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(comment.length), ...comment]);
  } else {
    push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(directorySize), ...u32(directoryAt), ...u16(comment.length), ...comment]);
  }
  const out = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Raw deflate data inflating to `megabytes` MB of zeros, made in milliseconds: one megabyte deflated
 * after a sync flush decodes to zeros after any run of zeros, so that piece is repeated, then an empty
 * final block. 2048 MB take about 2 MB.
 */
export function zerosDeflated(megabytes: number): Uint8Array {
  const mb = new Uint8Array(1 << 20);
  const first = deflateRawSync(mb, { finishFlush: 2 /* Z_SYNC_FLUSH: ends on a byte, stream left open */ });
  const pieces = [first, ...Array.from({ length: megabytes - 1 }, () => first), Uint8Array.from([0x03, 0x00])];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
