import { inflateSync } from "node:zlib";
import { encodePng as encodePngBrowser, zlibStored } from "../../src/web/png-browser";
import { crc32, encodePng as encodePngNode } from "../../src/xlsx/chart/png";

/** Splits a PNG into its chunks and inflates the pixel data. */
function decode(png: Uint8Array) {
  const bytes = Buffer.from(png);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    chunks.push({ type: bytes.toString("ascii", at + 4, at + 8), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const idat = Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data));
  return { signature: [...bytes.subarray(0, 8)], types: chunks.map((c) => c.type), header: chunks[0].data, pixels: inflateSync(idat) };
}

function gradient(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 7 + (i >> 10)) & 0xff;
  return rgba;
}

describe("the browser PNG encoder", () => {
  it.each([
    [3, 2],
    [400, 120],
  ])("gives the same image as the command line's encoder (%i × %i, over several stored blocks)", (width, height) => {
    const rgba = gradient(width, height);
    const web = decode(encodePngBrowser(width, height, rgba));
    const node = decode(encodePngNode(width, height, rgba));
    expect(web.signature).toEqual(node.signature);
    expect(web.types).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(web.header.equals(node.header)).toBe(true);
    expect(web.pixels.equals(node.pixels)).toBe(true);
  });

  it("ends each chunk with the CRC-32 of its type and data", () => {
    const png = Buffer.from(encodePngBrowser(2, 2, gradient(2, 2)));
    const length = png.readUInt32BE(8);
    expect(png.readUInt32BE(16 + length)).toBe(crc32(png.subarray(12, 16 + length)));
  });

  it("makes a valid zlib stream for empty data and for data longer than one stored block", () => {
    expect(inflateSync(zlibStored(new Uint8Array(0))).length).toBe(0);
    const long = gradient(200, 100); // 80 000 bytes: two blocks
    expect(inflateSync(zlibStored(long)).equals(Buffer.from(long))).toBe(true);
  });

  it("refuses pixel data of the wrong size", () => {
    expect(() => encodePngBrowser(2, 2, new Uint8Array(15))).toThrow(RangeError);
  });
});
