import { EventEmitter } from "node:events";
import zlib from "node:zlib";
import { crc32 as portableCrc32 } from "./crc32";

/**
 * A minimal .zip writer with the interface ExcelJS's writer uses (append, finalize, 'finish'), backed by
 * Node's native zlib.
 *
 * Why: ExcelJS hands every part of the workbook to JSZip as a JavaScript string and JSZip keeps them all
 * until the end, then encodes, checksums and deflates them in JavaScript. For a 300 × 20 bloc that was
 * half of the save time and most of the command's peak memory. Here each part is compressed as soon as
 * it arrives, so only compressed bytes stay alive.
 */
export class NativeZipWriter extends EventEmitter {
  private readonly entries = new Map<string, ZipEntry>();
  private output: Buffer | null = null;

  /** `appended` is told each part's name once it is compressed (the caller may then drop its model). */
  constructor(private readonly appended: (name: string) => void = () => undefined) {
    super();
  }

  append(data: string | Buffer | Uint8Array, options: { name: string; base64?: boolean }): void {
    const bytes = typeof data === "string" ? Buffer.from(data, options.base64 ? "base64" : "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const deflated = zlib.deflateRawSync(bytes);
    // Already-compressed parts (pictures) are stored as they are when deflate does not help.
    const stored = deflated.length >= bytes.length;
    // A part appended twice replaces the first, as JSZip does.
    this.entries.set(options.name, {
      name: Buffer.from(options.name, "utf8"),
      method: stored ? 0 : 8,
      crc: crc32(bytes),
      size: bytes.length,
      data: stored ? Buffer.from(bytes) : deflated,
    });
    this.appended(options.name);
  }

  async finalize(): Promise<void> {
    this.output = zipArchive([...this.entries.values()], new Date());
    this.entries.clear();
    this.emit("finish");
  }

  /** The whole archive, once finalize has run. */
  get buffer(): Buffer {
    if (this.output === null) throw new Error("zip not finalized");
    return this.output;
  }
}

interface ZipEntry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Buffer;
}

/** Language encoding flag: names are UTF-8 (sheet files never need it, but media names might). */
const UTF8_NAMES = 0x0800;

function zipArchive(entries: ZipEntry[], when: Date): Buffer {
  const { time, date } = dosDateTime(when);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, e.name, e.data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.name.length, 28);
    // extra, comment, disk, internal and external attributes: all zero
    central.writeUInt32LE(offset, 42);
    directory.push(central, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/** MS-DOS date and time of the entries (local time, 2-second resolution), as zip tools expect. */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/** zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 releases use the portable one (crc32.ts). */
export function crc32(bytes: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof native === "function" ? native(bytes) >>> 0 : portableCrc32(bytes);
}
