import { inflateSync } from "node:zlib";
import { calculate } from "../../src/workbook/calculate";
import { chartData, GRADE_COLORS } from "../../src/workbook/chart-data";
import { drawChartPicture } from "../../src/xlsx/chart/chart-picture";
import { crc32, encodePng } from "../../src/xlsx/chart/png";
import { parseColor, Raster } from "../../src/xlsx/chart/raster";
import { workedExampleGrid } from "../workbook/extras/grids";

/** Decodes what encodePng writes (RGBA, filter 0) back to pixels, to look at the picture in a test. */
function decode(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString("ascii", 37, 41)).toBe("IDAT");
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)] };
}

describe("PNG encoder", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926);
  });

  it("round-trips pixels through IHDR and IDAT", () => {
    const canvas = new Raster(3, 2);
    canvas.fillRect(1, 0, 1, 1, "#102030");
    const image = decode(encodePng(3, 2, canvas.pixels));
    expect([image.width, image.height]).toEqual([3, 2]);
    expect(image.pixel(1, 0)).toEqual([0x10, 0x20, 0x30, 255]);
    expect(image.pixel(0, 1)).toEqual([255, 255, 255, 255]);
  });

  it("refuses a pixel buffer of the wrong size", () => {
    expect(() => encodePng(2, 2, new Uint8Array(4))).toThrow(RangeError);
  });
});

describe("drawChartPicture", () => {
  const { result } = calculate(workedExampleGrid(), { lang: "vi", now: new Date(2025, 2, 5) });
  const data = chartData(result);

  it("draws one bar per member in its grade colour, and the threshold lines", () => {
    const picture = drawChartPicture(data, "vi")!;
    const image = decode(picture.png);
    expect([image.width, image.height]).toEqual([picture.width, picture.height]);
    const excellent = [...parseColor(GRADE_COLORS.excellent), 255];
    const columns = Array.from({ length: image.width }, (_, x) => x);
    // Just above the x axis every bar is solid: three runs of the excellent colour.
    const row = image.height - 45;
    const runs = columns.filter((x) => image.pixel(x, row).join() === excellent.join() && image.pixel(x - 1, row).join() !== excellent.join());
    expect(runs).toHaveLength(3);
    const good = [...parseColor(GRADE_COLORS.good), 255].join();
    const rowsWithGoodLine = Array.from({ length: image.height }, (_, y) => y).filter((y) => columns.filter((x) => image.pixel(x, y).join() === good).length > 100);
    expect(rowsWithGoodLine.length).toBeGreaterThan(0);
  });

  it("draws nothing when no member is ranked", () => {
    expect(drawChartPicture({ ...data, bars: [] }, "vi")).toBeNull();
  });
});
