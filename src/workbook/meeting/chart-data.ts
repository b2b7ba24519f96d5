import { both } from "../../scoring/format";
import { formatInput } from "../../scoring/number-display";
import { words } from "../../scoring/vocabulary/words";
import type { Award, BlocResult, Grade, Localized } from "../../scoring/types";
import { GRADE_SHORT_LABELS } from "../rendering/labels";

/**
 * The ranking as a bar chart, for the task pane's SVG chart and for an Excel chart: one bar of percent
 * per ranked member in rank order, coloured by grade, with the grade thresholds as horizontal lines.
 */
export interface ChartBar {
  code: string;
  name: string;
  rank: number;
  /** Percent of the member's maximum points (0 when it has none). */
  percent: number;
  grade: Grade | null;
  /** Key into GRADE_COLORS; "none" when the member has no grade. */
  colorKey: Grade | "none";
  tied: boolean;
  award: Award;
  /** Percent points behind the leader (0 for the first): a label that makes a 1 % gap readable. */
  behindLeader: number;
}

export interface ChartThreshold {
  grade: Exclude<Grade, "fail">;
  percent: number;
  /** "Xuất sắc (90 %)" */
  label: Localized;
  /** Inside the value axis (axisMin, axisMax]: drawn. A threshold at or below the axis' start is not (every bar passes it). */
  shown: boolean;
}

export interface ChartData {
  title: Localized;
  bars: ChartBar[];
  /** From the highest threshold down. */
  thresholds: ChartThreshold[];
  /**
   * Start of the value axis: 0, or, when every member sits close together high on the scale (95 % … 102 %),
   * a round value just below the lowest bar, so that a 1 % difference is visible; `axisNote` then says so.
   */
  axisMin: number;
  /** Top of the value axis: a round value at or above every bar (at least 100 when the axis starts at 0). */
  axisMax: number;
  /** Gridline values from axisMin to axisMax, a round step apart (1, 2, 5, 10 or 20). */
  ticks: number[];
  /** "Trục bắt đầu từ 94 %, không từ 0": shown beside every chart whose axis does not start at 0. */
  axisNote: Localized | null;
  /** Why there are no bars (blocked ranking, nobody ranked); null when there are. */
  emptyMessage: Localized | null;
}

/** Okabe–Ito colours: told apart by colour-blind readers and in grey-scale print. */
export const GRADE_COLORS: Record<Grade | "none", string> = {
  excellent: "#009E73",
  good: "#0072B2",
  pass: "#E69F00",
  fail: "#D55E00",
  none: "#999999",
};

export function chartData(result: BlocResult): ChartData {
  const s = result.settings;
  const ranked = result.units.filter((u) => u.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
  const percents = ranked.map((u) => (Number.isFinite(u.percent) ? u.percent : 0));
  const leader = percents[0] ?? 0;
  const bars: ChartBar[] = ranked.map((u, i) => ({
    code: u.code,
    name: u.name,
    rank: u.rank as number,
    percent: percents[i],
    grade: u.grade,
    colorKey: u.grade ?? "none",
    tied: u.tied,
    award: u.award,
    behindLeader: Math.max(0, leader - percents[i]),
  }));
  const axis = valueAxis(percents);
  const thresholds: ChartThreshold[] = (
    [
      ["excellent", s.excellentThreshold],
      ["good", s.goodThreshold],
      ["pass", s.passThreshold],
    ] as const
  ).map(([grade, percent]) => ({
    grade,
    percent,
    label: both((l) => `${GRADE_SHORT_LABELS[grade][l]} (${formatInput(percent, l)} %)`),
    // A threshold at the axis' very start would lie on its floor, its label off the drawing: drawn only strictly inside.
    shown: percent > axis.min && percent <= axis.max,
  }));
  return {
    title: chartTitle(result),
    bars,
    thresholds,
    axisMin: axis.min,
    axisMax: axis.max,
    ticks: axis.ticks,
    axisNote: axis.min > 0 ? both((l) => words(l).chartSheet.axisFrom({ min: formatInput(axis.min, l) })) : null,
    emptyMessage: emptyMessage(result, bars.length),
  };
}

/** Bars closer together than this share (of their top value) get an axis that does not start at 0. */
const CLOSE_SPREAD = 0.25;
const STEPS = [1, 2, 5, 10, 20];

/**
 * The value axis: from 0 to a round value ≥ 100 when the bars spread widely; otherwise from a round value
 * below the lowest bar (a quarter of the spread, at least one step, below it) to one above the highest, so
 * 95 % and 96 % are told apart. About 5 to 8 ticks.
 */
function valueAxis(percents: number[]): { min: number; max: number; ticks: number[] } {
  const high = Math.max(0, ...percents);
  const low = percents.length > 0 ? Math.min(...percents) : 0;
  const zeroBased = percents.length < 2 || low <= 0 || high - low > high * CLOSE_SPREAD;
  const from = zeroBased ? 0 : low - Math.max((high - low) * 0.25, 0.5);
  const to = zeroBased ? Math.max(100, high) : high + Math.max((high - low) * 0.1, 0.5);
  const step = STEPS.find((st) => (to - from) / st <= 8) ?? 20;
  const min = Math.max(0, Math.floor(from / step) * step);
  const max = Math.ceil(to / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return { min, max, ticks };
}

/** Where a percent sits along the axis, 0 at axisMin and 1 at axisMax (clamped). */
export function axisFraction(data: Pick<ChartData, "axisMin" | "axisMax">, percent: number): number {
  const span = data.axisMax - data.axisMin;
  if (!(span > 0)) return 0;
  return Math.max(0, Math.min(1, (percent - data.axisMin) / span));
}

function chartTitle(result: BlocResult): Localized {
  const suffix = [result.bloc.trim(), result.year === null ? "" : String(result.year)].filter((p) => p !== "").join(" — ");
  const tail = suffix === "" ? "" : ` — ${suffix}`;
  return both((l) => words(l).chartSheet.title({ tail }));
}

function emptyMessage(result: BlocResult, bars: number): Localized | null {
  if (result.blocked) {
    return both((l) => words(l).chartSheet.blocked);
  }
  if (bars === 0) return both((l) => words(l).chartSheet.noneRanked);
  return null;
}
