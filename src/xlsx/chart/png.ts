import { crc32 } from "../crc32";

/** Compresses bytes into a zlib stream (RFC 1950), as PNG's IDAT chunk holds them. */
export type Deflate = (data: Uint8Array) => Uint8Array;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A minimal PNG encoder (8-bit RGBA, no filtering): enough for the chart picture, with no dependency
 * to download. Layout per the PNG specification: signature, IHDR, one IDAT, IEND, each chunk CRC-32'd.
 * Plain bytes and an injected deflate, so the command line (Node's zlib) and the web page (no zlib)
 * share it.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, deflate: Deflate): Uint8Array {
  if (rgba.length !== width * height * 4) throw new RangeError(`PNG: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = width * 4;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1); // filter byte 0: none
  return concat([new Uint8Array(SIGNATURE), chunk("IHDR", header), chunk("IDAT", deflate(raw)), chunk("IEND", new Uint8Array(0))]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([new Uint8Array(Array.from(type, (ch) => ch.charCodeAt(0))), data]);
  const out = new Uint8Array(4 + typed.length + 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(4 + typed.length, crc32(typed));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
