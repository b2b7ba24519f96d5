import { formatNumber } from "../scoring/number-display";
import { axisFraction, type ChartData, type ChartThreshold } from "../workbook/meeting/chart-data";

/**
 * Geometry of the pane's horizontal bar chart in CSS pixels: the drawing is laid out for the width it gets
 * (one viewBox unit = one pixel), so text keeps its size in a 320 px pane and across a desktop column alike,
 * and only the bars grow. Each member takes two lines: its name, then its bar with the percent after it.
 * Threshold labels stack above the plot, highest first, each ending at its line; a line starts at its own
 * label's row so it never crosses a label above it.
 */
/** Width drawn before the container is measured (and where it cannot be): Excel's 320 px pane minus padding. */
export const CHART_WIDTH = 300;
/** Narrower than this, the drawing is scaled down instead: bars shorter than the labels above them say nothing. */
export const CHART_MIN_WIDTH = 240;
/** Wider than this, bars of a few percent apart would be far from their names; the chart stops growing. */
export const CHART_MAX_WIDTH = 640;
export const NAME_FONT_PX = 11;
export const SMALL_FONT_PX = 10;
// The drawing's measures in pixels (`duplicates` pairs this list with zip-package.ts's constants by shape alone).
const PLOT_LEFT = 2;
/** Room right of the longest bar for its "103,73 %". */
const PERCENT_ROOM = 48;
const LABEL_ROW = 14;
const BAR_ROW = 32;
const NAME_OFFSET = 11;
const BAR_OFFSET = 15;
export const BAR_HEIGHT = 12;
/** Mean advance of a Vietnamese name's characters at NAME_FONT_PX, with a margin (Segoe UI, Roboto). */
const NAME_CHAR_PX = 5.8;
/** Same for the percent after a bar ("80,25 %") at SMALL_FONT_PX, digits being the widest. */
const PERCENT_CHAR_PX = 5.8;
const PERCENT_GAP = 4;

export interface BarLayout {
  nameY: number;
  barY: number;
  width: number;
  percentX: number;
  /** Where the percent text ends (estimated). */
  percentEnd: number;
}

export interface Segment {
  y1: number;
  y2: number;
}

export interface ThresholdLayout {
  /** The threshold drawn (only those inside the value axis are). */
  threshold: ChartThreshold;
  x: number;
  labelY: number;
  lineTop: number;
  /**
   * Where the dashed line is drawn: from its label down to the plot, then across each bar row, except a
   * row whose percent text sits on the line (a short bar's "80,25 %" would be struck through).
   */
  segments: Segment[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  bars: BarLayout[];
  thresholds: ThresholdLayout[];
  /** Characters of a name that fit on its line; longer names end with "…". */
  nameChars: number;
}

/** The width to draw for `available` CSS pixels of container (0 or less: not measured). */
export function chartWidth(available: number): number {
  if (!(available > 0)) return CHART_WIDTH;
  return Math.round(Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, available)));
}

export function chartLayout(data: ChartData, width: number = CHART_WIDTH): ChartLayout {
  const plotRight = width - PERCENT_ROOM;
  // The axis chart-data.ts chose (it may start near the lowest bar): a bar's length is its place on it.
  const scale = (percent: number) => PLOT_LEFT + axisFraction(data, percent) * (plotRight - PLOT_LEFT);
  const shown = data.thresholds.filter((t) => t.shown);
  const plotTop = shown.length * LABEL_ROW + 4;
  const bars = data.bars.map((bar, i) => {
    const top = plotTop + i * BAR_ROW;
    const barWidth = scale(bar.percent) - PLOT_LEFT;
    const percentX = PLOT_LEFT + barWidth + PERCENT_GAP;
    // The text is "<number> %"; its length is the same in both languages (only the decimal mark differs).
    const percentEnd = percentX + (formatNumber(bar.percent, "vi").length + 2) * PERCENT_CHAR_PX;
    return { nameY: top + NAME_OFFSET, barY: top + BAR_OFFSET, width: barWidth, percentX, percentEnd };
  });
  const plotBottom = plotTop + data.bars.length * BAR_ROW;
  const thresholds = shown.map((t, i) => {
    const x = scale(t.percent);
    const lineTop = i * LABEL_ROW + 2;
    const rows = bars.filter((b) => x < b.percentX - PERCENT_GAP / 2 || x > b.percentEnd + PERCENT_GAP / 2).map((b) => ({ y1: b.barY - 1, y2: b.barY + BAR_HEIGHT + 1 }));
    return { threshold: t, x, labelY: (i + 1) * LABEL_ROW - 3, lineTop, segments: [{ y1: lineTop, y2: plotTop }, ...rows] };
  });
  const nameChars = Math.floor((width - PLOT_LEFT * 2) / NAME_CHAR_PX);
  return { width, height: plotBottom + 2, plotTop, plotBottom, bars, thresholds, nameChars };
}

export function shortName(name: string, maxChars: number): string {
  return name.length <= maxChars ? name : `${name.slice(0, maxChars - 1).trimEnd()}…`;
}
