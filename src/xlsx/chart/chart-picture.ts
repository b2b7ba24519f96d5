import { formatInput, formatNumber } from "../../scoring/number-display";
import type { Lang } from "../../scoring/types";
import { axisFraction, GRADE_COLORS, type ChartData } from "../../workbook/meeting/chart-data";
import { encodePng, type Deflate } from "./png";
import { GLYPH_HEIGHT, Raster, textWidth } from "./raster";
import { zlibStored } from "./zlib-stored";

export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

const HEIGHT = 380;
const MARGIN = { left: 56, right: 48, top: 36, bottom: 40 };
const AXIS = "#404040";
const GRID = "#E3E3E3";

/**
 * The ranking's bar chart as a PNG (ExcelJS cannot create native charts): one bar of percent per member
 * in rank order, coloured by grade, the rank under each bar and its percent above (dark text on white,
 * never over a bar), the grade thresholds inside the axis as dashed lines labelled at the right, on the
 * value axis of the chart model (ticks, a start near the lowest bar when they sit close together). Null when there is nothing to draw. `deflate` defaults to stored
 * blocks, which every host can do; the .xlsx zip compresses the picture in any case.
 */
export function drawChartPicture(data: ChartData, lang: Lang, deflate: Deflate = zlibStored): ChartPicture | null {
  if (data.bars.length === 0) return null;
  const width = Math.min(1400, Math.max(640, MARGIN.left + MARGIN.right + data.bars.length * 84));
  const canvas = new Raster(width, HEIGHT);
  const plot = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: HEIGHT - MARGIN.top - MARGIN.bottom };
  // The axis chart-data.ts chose, the same as the pane's and Excel's: it may start near the lowest bar.
  const yOf = (percent: number) => plot.y + plot.h - axisFraction(data, percent) * plot.h;

  for (const v of data.ticks) {
    canvas.fillRect(plot.x, yOf(v), plot.w, 1, GRID);
    canvas.text(formatInput(v, lang), plot.x - 8, yOf(v) - GLYPH_HEIGHT, 2, AXIS, "right");
  }

  const slot = plot.w / data.bars.length;
  const barWidth = Math.max(6, Math.min(60, slot * 0.6));
  data.bars.forEach((bar, i) => {
    const cx = plot.x + slot * (i + 0.5);
    const top = yOf(bar.percent);
    canvas.fillRect(cx - barWidth / 2, top, barWidth, plot.y + plot.h - top, GRADE_COLORS[bar.colorKey]);
    const label = formatNumber(bar.percent, lang, 2);
    const scale = textWidth(label, 2) <= slot - 4 ? 2 : 1;
    canvas.text(label, cx, top - GLYPH_HEIGHT * scale - 4, scale, AXIS, "center");
    canvas.text(String(bar.rank), cx, plot.y + plot.h + 10, 2, AXIS, "center");
  });

  for (const t of data.thresholds.filter((th) => th.shown)) {
    const color = GRADE_COLORS[t.grade];
    canvas.dashedLine(plot.x, yOf(t.percent) - 1, plot.w, 3, 10, color);
    canvas.text(formatInput(t.percent, lang), plot.x + plot.w + 6, yOf(t.percent) - GLYPH_HEIGHT, 2, color);
  }
  canvas.fillRect(plot.x, plot.y, 2, plot.h + 1, AXIS);
  canvas.fillRect(plot.x, plot.y + plot.h, plot.w, 2, AXIS);
  // An axis that does not start at 0 is broken at its foot (two slashes), as charts mark it; the sheet's legend says so in words.
  if (data.axisMin > 0) {
    const y = plot.y + plot.h - 14;
    canvas.fillRect(plot.x - 1, y, 4, 6, "#FFFFFF");
    canvas.fillRect(plot.x - 6, y, 14, 2, AXIS);
    canvas.fillRect(plot.x - 6, y + 4, 14, 2, AXIS);
  }
  return { png: encodePng(width, HEIGHT, canvas.pixels, deflate), width, height: HEIGHT };
}
