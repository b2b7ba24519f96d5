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
