import { formatInput } from "../../scoring/number-display";
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
}

export interface ChartThreshold {
  grade: Exclude<Grade, "fail">;
  percent: number;
  /** "Xuất sắc (90 %)" */
  label: Localized;
}

export interface ChartData {
  title: Localized;
  bars: ChartBar[];
  /** From the highest threshold down. */
  thresholds: ChartThreshold[];
  /** Top of the value axis: a multiple of 10, at least 100 and above every bar and threshold. */
  axisMax: number;
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
  const bars: ChartBar[] = result.units
    .filter((u) => u.rank !== null)
    .map((u) => ({
      code: u.code,
      name: u.name,
      rank: u.rank as number,
      percent: Number.isFinite(u.percent) ? u.percent : 0,
      grade: u.grade,
      colorKey: u.grade ?? "none",
      tied: u.tied,
      award: u.award,
    }));
  const thresholds: ChartThreshold[] = (
    [
      ["excellent", s.excellentThreshold],
      ["good", s.goodThreshold],
      ["pass", s.passThreshold],
    ] as const
  ).map(([grade, percent]) => ({
    grade,
    percent,
    label: { vi: `${GRADE_SHORT_LABELS[grade].vi} (${formatInput(percent, "vi")} %)`, en: `${GRADE_SHORT_LABELS[grade].en} (${formatInput(percent, "en")} %)` },
  }));
  const highest = Math.max(100, ...bars.map((b) => b.percent), ...thresholds.map((t) => t.percent));
  return {
    title: chartTitle(result),
    bars,
    thresholds,
    axisMax: Math.ceil(highest / 10) * 10,
    emptyMessage: emptyMessage(result, bars.length),
  };
}

function chartTitle(result: BlocResult): Localized {
  const suffix = [result.bloc.trim(), result.year === null ? "" : String(result.year)].filter((p) => p !== "").join(" — ");
  const tail = suffix === "" ? "" : ` — ${suffix}`;
  return { vi: `Tỷ lệ điểm đạt được (%)${tail}`, en: `Percent of maximum points${tail}` };
}

function emptyMessage(result: BlocResult, bars: number): Localized | null {
  if (result.blocked) {
    return { vi: "Chưa có xếp hạng: bảng tính còn lỗi, xem trang Kiểm tra.", en: "No ranking yet: the workbook has errors, see the Checks sheet." };
  }
  if (bars === 0) return { vi: "Không có đơn vị nào được xếp hạng.", en: "No member is ranked." };
  return null;
}
