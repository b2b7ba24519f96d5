import { deflateSync, strToU8 } from "fflate";
import { crc32, type Crc32 } from "../crc32";

/**
 * Writes a zip (an OPC package) entry by entry: parts of the input copied as they are (their compressed
 * bytes, CRC and sizes untouched, so the part is byte-identical and costs no inflating) and the writer's
 * new parts deflated with fflate. Browser-safe. No Zip64: the input's limits (zip-package.ts) keep an
 * output far below 4 GB, and a part that would need it is refused rather than written wrong.
 */
export interface CopiedEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  flags?: number;
  modTime?: number;
  modDate?: number;
}

interface Record {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  flags: number;
  time: number;
  date: number;
  offset: number;
}

const UTF8_FLAG = 0x0800;
/** Bits a copy keeps: the compression option bits (1, 2) and UTF-8 names. Bit 3 (sizes after the data) is not needed: the header has them. */
const KEPT_FLAGS = 0x0006 | UTF8_FLAG;
/** 1980-01-01 00:00, as Excel stamps every part: the same input gives the same output bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const LIMIT = 0xffffffff;

/** Raw deflate (RFC 1951, no zlib header): fflate's by default; Node's native zlib is several times faster where there is one. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const FFLATE_DEFLATE_RAW: DeflateRaw = (data) => deflateSync(data, { level: 6 });

export class ZipWriter {
  constructor(
    private readonly deflateRaw: DeflateRaw = FFLATE_DEFLATE_RAW,
    private readonly checksum: Crc32 = crc32,
  ) {}

  private readonly chunks: Uint8Array[] = [];
  private readonly records: Record[] = [];
  private offset = 0;
  private readonly names = new Set<string>();

  /** A part of the input, copied byte for byte. */
  copy(entry: CopiedEntry, compressed: Uint8Array): void {
    if (compressed.length !== entry.compressedSize) throw new RangeError(`${entry.name}: ${compressed.length} compressed bytes, directory says ${entry.compressedSize}`);
    this.write(entry.name, compressed, {
      method: entry.method,
      crc: entry.crc32,
      size: entry.size,
      flags: (entry.flags ?? 0) & KEPT_FLAGS,
      time: entry.modTime ?? 0,
      date: entry.modDate ?? DOS_DATE,
    });
  }

  /** A new part: deflated, or stored when `store` (a PNG is compressed already). */
  add(name: string, data: Uint8Array | string, store = false): void {
    const bytes = typeof data === "string" ? strToU8(data) : data;
    const compressed = store ? bytes : this.deflateRaw(bytes);
    this.write(name, compressed, { method: store ? 0 : 8, crc: this.checksum(bytes), size: bytes.length, flags: 0, time: 0, date: DOS_DATE });
  }

  finish(): Uint8Array {
    const directoryStart = this.offset;
    for (const r of this.records) {
      const header = new Uint8Array(46 + r.name.length);
      const view = new DataView(header.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true); // made by: MS-DOS, version 2.0
      view.setUint16(6, 20, true); // needed to extract: 2.0 (deflate)
      putEntryFields(view, 8, r);
      view.setUint32(42, r.offset, true);
      header.set(r.name, 46);
      this.push(header);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.records.length, true);
    view.setUint16(10, this.records.length, true);
    view.setUint32(12, this.offset - directoryStart, true);
    view.setUint32(16, directoryStart, true);
    this.push(end);
    if (this.records.length > 0xffff || this.offset > LIMIT) throw new RangeError("the output workbook would need Zip64");
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private write(name: string, compressed: Uint8Array, meta: Omit<Record, "name" | "compressedSize" | "offset">): void {
    const key = name.toLowerCase();
    if (this.names.has(key)) throw new RangeError(`zip entry written twice: ${name}`);
    this.names.add(key);
    if (compressed.length >= LIMIT || meta.size >= LIMIT || this.offset >= LIMIT) throw new RangeError(`${name}: too large for the output workbook`);
    const encoded = strToU8(name);
    const ascii = encoded.length === name.length;
    const record: Record = { ...meta, flags: ascii ? meta.flags : meta.flags | UTF8_FLAG, name: encoded, compressedSize: compressed.length, offset: this.offset };
    const header = new Uint8Array(30 + encoded.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    putEntryFields(view, 6, record);
    header.set(encoded, 30);
    this.push(header);
    this.push(compressed);
    this.records.push(record);
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
  }
}

/**
 * The fields the local header and the central directory record share, in the same order (flags, method,
 * time, date, CRC, sizes, name length), at `at`: 6 in a local header, 8 in a central record.
 */
function putEntryFields(view: DataView, at: number, r: Record): void {
  view.setUint16(at, r.flags, true);
  view.setUint16(at + 2, r.method, true);
  view.setUint16(at + 4, r.time, true);
  view.setUint16(at + 6, r.date, true);
  view.setUint32(at + 8, r.crc, true);
  view.setUint32(at + 12, r.compressedSize, true);
  view.setUint32(at + 16, r.size, true);
  view.setUint16(at + 20, r.name.length, true);
}
