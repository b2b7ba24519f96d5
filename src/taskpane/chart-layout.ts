import type { ChartData } from "../workbook/chart-data";

/**
 * Geometry of the pane's horizontal bar chart, in viewBox units (the SVG scales to the pane's width, so
 * one unit is about one CSS pixel at 320 px). Each member takes two lines: its name, then its bar with
 * the percent after it. Threshold labels stack above the plot, highest first, each ending at its line;
 * a line starts at its own label's row so it never crosses a label above it.
 */
export const CHART_WIDTH = 300;
const PLOT_LEFT = 2;
/** Room right of the longest bar for its "103,73 %". */
const PLOT_RIGHT = CHART_WIDTH - 48;
const LABEL_ROW = 14;
const BAR_ROW = 32;
const NAME_OFFSET = 11;
const BAR_OFFSET = 15;
export const BAR_HEIGHT = 12;
/** Characters of a name that fit on one line at the chart's font size; longer names end with "…". */
export const NAME_CHARS = 50;

export interface BarLayout {
  nameY: number;
  barY: number;
  width: number;
  percentX: number;
}

export interface ThresholdLayout {
  x: number;
  labelY: number;
  lineTop: number;
}

export interface ChartLayout {
  height: number;
  plotTop: number;
  plotBottom: number;
  bars: BarLayout[];
  thresholds: ThresholdLayout[];
}

export function chartLayout(data: ChartData): ChartLayout {
  const scale = (percent: number) => PLOT_LEFT + (Math.max(0, Math.min(percent, data.axisMax)) / data.axisMax) * (PLOT_RIGHT - PLOT_LEFT);
  const plotTop = data.thresholds.length * LABEL_ROW + 4;
  const bars = data.bars.map((bar, i) => {
    const top = plotTop + i * BAR_ROW;
    const width = scale(bar.percent) - PLOT_LEFT;
    return { nameY: top + NAME_OFFSET, barY: top + BAR_OFFSET, width, percentX: PLOT_LEFT + width + 4 };
  });
  const plotBottom = plotTop + data.bars.length * BAR_ROW;
  const thresholds = data.thresholds.map((t, i) => ({ x: scale(t.percent), labelY: (i + 1) * LABEL_ROW - 3, lineTop: i * LABEL_ROW + 2 }));
  return { height: plotBottom + 2, plotTop, plotBottom, bars, thresholds };
}

export function shortName(name: string): string {
  return name.length <= NAME_CHARS ? name : `${name.slice(0, NAME_CHARS - 1).trimEnd()}…`;
}
