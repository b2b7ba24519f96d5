import { inflateSync } from "node:zlib";

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DecodedPng {
  signature: number[];
  types: string[];
  width: number;
  height: number;
  /** The inflated IDAT data: per row a filter byte, then RGBA. */
  raw: Buffer;
  pixel: (x: number, y: number) => number[];
  /** Each chunk's stored CRC next to the bytes it covers (type and data). */
  crcs: { stored: number; covered: Buffer }[];
}

/** Splits what encodePng writes (RGBA, filter 0) into its chunks and inflates the pixels, to look at the picture in a test. */
export function decodePng(png: Uint8Array): DecodedPng {
  const bytes = Buffer.from(png);
  const chunks: { type: string; data: Buffer; stored: number; covered: Buffer }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    chunks.push({
      type: bytes.toString("ascii", at + 4, at + 8),
      data: bytes.subarray(at + 8, at + 8 + length),
      stored: bytes.readUInt32BE(at + 8 + length),
      covered: bytes.subarray(at + 4, at + 8 + length),
    });
    at += 12 + length;
  }
  const header = chunks[0].data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const at = (x: number, y: number) => y * (width * 4 + 1) + 1 + x * 4;
  return {
    signature: [...bytes.subarray(0, 8)],
    types: chunks.map((c) => c.type),
    width,
    height,
    raw,
    pixel: (x, y) => [...raw.subarray(at(x, y), at(x, y) + 4)],
    crcs: chunks.map(({ stored, covered }) => ({ stored, covered })),
  };
}
