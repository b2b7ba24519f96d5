import { formatInput, formatNumber } from "../../scoring/number-display";
import type { Lang } from "../../scoring/types";
import { GRADE_COLORS, type ChartData } from "../../workbook/meeting/chart-data";
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
 * in rank order, coloured by grade, the rank under each bar and its percent above, the grade thresholds
 * as dashed lines labelled at the right. Null when there is nothing to draw. `deflate` defaults to stored
 * blocks, which every host can do; the .xlsx zip compresses the picture in any case.
 */
export function drawChartPicture(data: ChartData, lang: Lang, deflate: Deflate = zlibStored): ChartPicture | null {
  if (data.bars.length === 0) return null;
  const width = Math.min(1400, Math.max(640, MARGIN.left + MARGIN.right + data.bars.length * 84));
  const canvas = new Raster(width, HEIGHT);
  const plot = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: HEIGHT - MARGIN.top - MARGIN.bottom };
  const yOf = (percent: number) => plot.y + plot.h - (Math.max(0, Math.min(percent, data.axisMax)) / data.axisMax) * plot.h;

  const step = data.axisMax > 150 ? 20 : 10;
  for (let v = 0; v <= data.axisMax; v += step) {
    canvas.fillRect(plot.x, yOf(v), plot.w, 1, GRID);
    canvas.text(String(v), plot.x - 8, yOf(v) - GLYPH_HEIGHT, 2, AXIS, "right");
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

  for (const t of data.thresholds) {
    const color = GRADE_COLORS[t.grade];
    canvas.dashedLine(plot.x, yOf(t.percent) - 1, plot.w, 3, 10, color);
    canvas.text(formatInput(t.percent, lang), plot.x + plot.w + 6, yOf(t.percent) - GLYPH_HEIGHT, 2, color);
  }
  canvas.fillRect(plot.x, plot.y, 2, plot.h + 1, AXIS);
  canvas.fillRect(plot.x, plot.y + plot.h, plot.w, 2, AXIS);
  return { png: encodePng(width, HEIGHT, canvas.pixels, deflate), width, height: HEIGHT };
}
