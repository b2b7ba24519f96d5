import { deflateSync } from "node:zlib";
import { calculate } from "../../src/workbook/calculate";
import { chartData, GRADE_COLORS } from "../../src/workbook/meeting/chart-data";
import { drawChartPicture } from "../../src/xlsx/chart/chart-picture";
import { parseColor } from "../../src/xlsx/chart/raster";
import { workedExampleGrid } from "../workbook/extras/grids";
import { decodePng as decode } from "./png-decode";

describe("drawChartPicture", () => {
  const { result } = calculate(workedExampleGrid(), { lang: "vi", now: new Date(2025, 2, 5) });
  const data = chartData(result);

  it("draws one bar per member in its grade colour, and only the threshold lines inside the axis", () => {
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
    const goodLines = (png: Uint8Array) => {
      const img = decode(png);
      return Array.from({ length: img.height }, (_, y) => y).filter((y) => columns.filter((x) => img.pixel(x, y).join() === good).length > 100).length;
    };
    // The three members sit between 100 % and 104 %: the axis starts near them, below it the 80 % line is not drawn.
    expect(data.axisMin).toBeGreaterThan(80);
    expect(goodLines(picture.png)).toBe(0);
    const zeroBased = { ...data, axisMin: 0, axisMax: 110, ticks: [0, 20, 40, 60, 80, 100], thresholds: data.thresholds.map((t) => ({ ...t, shown: true })) };
    expect(goodLines(drawChartPicture(zeroBased, "vi")!.png)).toBeGreaterThan(0);
  });

  it("makes a 1 % difference visible: bars 1 % apart differ by more than 10 pixels", () => {
    const close = { ...data, bars: data.bars.map((b, i) => ({ ...b, percent: 100 - i })) };
    const model = chartData({ ...result, units: result.units.map((u, i) => ({ ...u, percent: 100 - i })) });
    const picture = decode(drawChartPicture({ ...close, axisMin: model.axisMin, axisMax: model.axisMax, ticks: model.ticks }, "vi")!.png);
    const excellent = [...parseColor(GRADE_COLORS.excellent), 255].join();
    const tops = [0, 1, 2].map((i) => {
      const slot = (picture.width - 56 - 48) / 3;
      const x = Math.round(56 + slot * (i + 0.5));
      for (let y = 0; y < picture.height; y++) if (picture.pixel(x, y).join() === excellent) return y;
      return -1;
    });
    expect(tops[1] - tops[0]).toBeGreaterThan(10);
    expect(tops[2] - tops[1]).toBeGreaterThan(10);
  });

  it("draws the same picture whichever deflate it is given", () => {
    const stored = drawChartPicture(data, "vi")!;
    const deflated = drawChartPicture(data, "vi", (bytes) => deflateSync(bytes))!;
    expect(decode(deflated.png).raw.equals(decode(stored.png).raw)).toBe(true);
    expect(deflated.png.length).toBeLessThan(stored.png.length);
  });

  it("draws nothing when no member is ranked", () => {
    expect(drawChartPicture({ ...data, bars: [] }, "vi")).toBeNull();
  });
});
