import { deflateSync, inflateSync } from "node:zlib";
import { encodePng } from "../../src/xlsx/chart/png";
import { Raster } from "../../src/xlsx/chart/raster";
import { zlibStored } from "../../src/xlsx/chart/zlib-stored";
import { crc32 } from "../../src/xlsx/crc32";
import { decodePng, PNG_SIGNATURE } from "./png-decode";

function gradient(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 7 + (i >> 10)) & 0xff;
  return rgba;
}

describe("crc32", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("zlibStored", () => {
  it("makes a valid zlib stream for empty data and for data longer than one stored block", () => {
    expect(inflateSync(zlibStored(new Uint8Array(0))).length).toBe(0);
    const long = gradient(200, 100); // 80 000 bytes: two blocks
    expect(inflateSync(zlibStored(long)).equals(Buffer.from(long))).toBe(true);
  });
});

describe("encodePng", () => {
  it("round-trips pixels through IHDR and IDAT, chunks in order and CRC-32'd", () => {
    const canvas = new Raster(3, 2);
    canvas.fillRect(1, 0, 1, 1, "#102030");
    const image = decodePng(encodePng(3, 2, canvas.pixels, zlibStored));
    expect(image.signature).toEqual(PNG_SIGNATURE);
    expect(image.types).toEqual(["IHDR", "IDAT", "IEND"]);
    expect([image.width, image.height]).toEqual([3, 2]);
    expect(image.pixel(1, 0)).toEqual([0x10, 0x20, 0x30, 255]);
    expect(image.pixel(0, 1)).toEqual([255, 255, 255, 255]);
    for (const { stored, covered } of image.crcs) expect(stored).toBe(crc32(covered));
  });

  it.each([
    [3, 2],
    [400, 120],
  ])("gives the same image with Node's deflate as with stored blocks (%i × %i)", (width, height) => {
    const rgba = gradient(width, height);
    const stored = encodePng(width, height, rgba, zlibStored);
    const deflated = encodePng(width, height, rgba, (data) => deflateSync(data));
    expect(decodePng(stored).raw.equals(decodePng(deflated).raw)).toBe(true);
    expect(deflated.length).toBeLessThan(stored.length);
  });

  it("hands the deflate exactly the filtered rows, and stores what it returns", () => {
    const seen: Uint8Array[] = [];
    const png = encodePng(1, 2, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), (data) => {
      seen.push(data.slice());
      return zlibStored(data);
    });
    expect(seen).toEqual([new Uint8Array([0, 1, 2, 3, 4, 0, 5, 6, 7, 8])]);
    expect(decodePng(png).pixel(0, 1)).toEqual([5, 6, 7, 8]);
  });

  it("refuses pixel data of the wrong size", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15), zlibStored)).toThrow(RangeError);
  });
});

describe("Raster.fillRect", () => {
  it("paints exactly the pixels inside the rectangle, edges rounded and clipped to the canvas", () => {
    const rects: [number, number, number, number][] = [[-3, -2, 5, 4], [2.4, 1.6, 3.5, 2.5], [6, 3, 10, 10], [1, 1, 0, 5], [4, 4, 2, -1], [0, 0, 8, 6]];
    const canvas = new Raster(8, 6);
    rects.forEach(([x, y, w, h], i) => {
      canvas.fillRect(x, y, w, h, `#0${i}0${i}0${i}`);
      for (let py = 0; py < 6; py++) {
        for (let px = 0; px < 8; px++) {
          const inside = px >= Math.max(0, Math.round(x)) && px < Math.min(8, Math.round(x + w)) && py >= Math.max(0, Math.round(y)) && py < Math.min(6, Math.round(y + h));
          if (inside) expect(canvas.getPixel(px, py)).toEqual([i, i, i, 255]);
        }
      }
    });
    expect(canvas.getPixel(7, 5)).toEqual([5, 5, 5, 255]);
  });
});
