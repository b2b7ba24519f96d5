import { formatInput, formatNumber } from "../scoring/number-display";
import type { MemberGap } from "../scoring/what-it-takes";
import type { AdjustmentResult, BlocResult, CriterionResult, Lang, TargetResult, UnitResult } from "../scoring/types";
import { EFFECT_LABEL } from "../scoring/labels";
import { DIRECTION_LABELS, GRADE_LABELS, sectionHeader } from "../workbook/rendering/labels";
import { compactKey } from "../workbook/reading/text-key";

/** Self-scores closer than this to the computed points are the same number as printed (2 decimals). */
const SELF_SCORE_TOLERANCE = 0.005;

type Text = { vi: string; en: string };
const T = {
  heading: { vi: "Giải thích điểm", en: "Score explanation" },
  unranked: { vi: "không xếp hạng", en: "unranked" },
  rank: { vi: "hạng", en: "rank" },
  points: { vi: "điểm", en: "points" },
  bonus: { vi: "Điểm cộng", en: "Bonus" },
  deduction: { vi: "Điểm trừ", en: "Deductions" },
  none: { vi: "(không có)", en: "(none)" },
  violations: { vi: "Vi phạm", en: "Violations" },
  order: { vi: "Thứ tự khi bằng tỷ lệ", en: "Order at equal percent" },
  byPercent: { vi: "xếp theo tỷ lệ %, không cần tiêu chí phụ.", en: "placed by percent; no tie-breaker needed." },
  selfScores: { vi: "Điểm tự chấm khác điểm tính được", en: "Self-scores that differ from the computed points" },
  notes: { vi: "Ghi chú", en: "Notes" },
  takes: { vi: "Cần gì để lên hạng / lên mức xếp loại", en: "What it takes to move up" },
} satisfies Record<string, Text>;

/**
 * The --explain section: one member's whole breakdown (every criterion and target with how it was
 * computed, bonuses, deductions with reasons, violations, tie-breaker, self-score differences) followed
 * by its "what it takes" lines, as plain text for the terminal.
 */
export function explainMember(result: BlocResult, unit: UnitResult, gap: MemberGap | undefined, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 2);
  const out: string[] = [];
  const place = unit.rank === null ? T.unranked[lang] : `${T.rank[lang]} ${unit.rank}${unit.tied ? (lang === "vi" ? " (đồng hạng)" : " (tied)") : ""}`;
  const grade = unit.grade ? `, ${GRADE_LABELS[unit.grade][lang]}` : "";
  out.push(`${T.heading[lang]}: ${unit.name} (${unit.code}) — ${place}, ${n(unit.total)}/${formatInput(unit.max, lang)} ${T.points[lang]} (${n(unit.percent)} %)${grade}`);

  for (const section of result.sections) {
    const criteria = unit.criteria.filter((c) => c.section === section);
    if (criteria.length === 0) continue;
    out.push(`${sectionHeader(section)[lang]}: ${n(unit.sections[section] ?? 0)} ${T.points[lang]}`);
    for (const c of criteria) out.push(...criterionLines(c, lang));
  }
  out.push(`${T.bonus[lang]}: ${n(unit.bonus)}`);
  out.push(...adjustmentLines(unit.adjustments.filter((a) => a.kind !== "deduction"), "+", lang));
  out.push(`${T.deduction[lang]}: ${n(unit.deduction)}`);
  out.push(...adjustmentLines(unit.adjustments.filter((a) => a.kind === "deduction"), "−", lang));
  if (unit.violations.length > 0) {
    out.push(`${T.violations[lang]}:`);
    for (const v of unit.violations) out.push(`  ${EFFECT_LABEL[v.effect][lang]}: ${v.description ?? ""}${where(v.source.sheet, v.source.cells.effect)}`);
  }
  out.push(
    lang === "vi"
      ? `Tổng điểm = điểm gốc ${n(unit.base)} + thưởng chỉ tiêu ${n(unit.targetBonus)} + điểm cộng ${n(unit.bonus)} − điểm trừ ${n(unit.deduction)} = ${n(unit.total)}`
      : `Total = base ${n(unit.base)} + target bonuses ${n(unit.targetBonus)} + bonus ${n(unit.bonus)} − deductions ${n(unit.deduction)} = ${n(unit.total)}`,
  );
  out.push(`${T.order[lang]}: ${unit.tieBreak ? unit.tieBreak[lang] : T.byPercent[lang]}`);
  const differing = selfScoreDifferences(unit, lang);
  if (differing.length > 0) out.push(`${T.selfScores[lang]}:`, ...differing);
  if (unit.notes.length > 0) out.push(`${T.notes[lang]}: ${unit.notes.map((x) => x[lang]).join("; ")}`);
  if (gap) {
    out.push(`${T.takes[lang]}:`);
    for (const line of gap.lines) out.push(`  ${line[lang]}`);
  }
  return out.join("\n") + "\n";
}

/** The unit whose code matches (case, accents and spaces ignored, as the reader joins codes). */
export function findUnit(result: BlocResult, code: string): UnitResult | undefined {
  const key = compactKey(code);
  return result.units.find((u) => compactKey(u.code) === key);
}

function criterionLines(c: CriterionResult, lang: Lang): string[] {
  const n = (v: number) => formatNumber(v, lang, 2);
  const label = lang === "vi" ? `Tiêu chí ${c.criterionCode}` : `Criterion ${c.criterionCode}`;
  const lines = [`  ${label} — ${c.name}: ${n(c.points)}/${formatInput(c.standardPoints, lang)} (${c.explanation[lang]})${c.source ? where(c.source.sheet, (c.scoreUsed && c.source.cells[c.scoreUsed]) || firstCell(c.source.cells)) : ""}`];
  for (const t of c.targets) lines.push(`    ${targetLine(t, lang)}`);
  return lines;
}

function targetLine(t: TargetResult, lang: Lang): string {
  const no = t.no ? `${t.no}. ` : "";
  // Bằng 0 and Đạt explanations already start with the direction; the sum is shown only when a bonus is added.
  const dir = t.direction === "increase" || t.direction === "decrease" ? ` (${DIRECTION_LABELS[t.direction][lang]})` : "";
  const sum = t.bonus > 0 ? ` = ${formatNumber(t.points, lang, 2)}` : "";
  return `${no}${t.name}${dir}: ${t.explanation[lang]}${sum}${where(t.source.sheet, t.source.cells.actual)}`;
}

function adjustmentLines(list: AdjustmentResult[], sign: string, lang: Lang): string[] {
  if (list.length === 0) return [`  ${T.none[lang]}`];
  return list.map((a) => {
    const times = a.count !== 1 ? ` (${formatInput(a.count, lang)} × ${formatInput(a.pointsEach, lang)})` : "";
    return `  ${sign}${formatNumber(a.points, lang, 2)}  ${a.reason[lang]}${times}${a.source ? where(a.source.sheet, a.source.cells.reason ?? firstCell(a.source.cells)) : ""}`;
  });
}

function selfScoreDifferences(unit: UnitResult, lang: Lang): string[] {
  const n = (v: number) => formatNumber(v, lang, 2);
  return unit.criteria
    .flatMap((c) => c.targets)
    .filter((t) => t.selfScore !== null && Math.abs(t.selfScore - t.points) >= SELF_SCORE_TOLERANCE)
    .map((t) => {
      const self = t.selfScore as number;
      const diff = `${self > t.points ? "+" : "−"}${n(Math.abs(self - t.points))}`;
      const text = lang === "vi" ? `tự chấm ${n(self)}, tính được ${n(t.points)} (chênh ${diff})` : `self-score ${n(self)}, computed ${n(t.points)} (difference ${diff})`;
      return `  ${t.name}: ${text}${where(t.source.sheet, t.source.cells.selfScore)}`;
    });
}

function firstCell(cells: Partial<Record<string, string>>): string | undefined {
  return Object.values(cells).find((c) => c !== undefined);
}

function where(sheet: string, cell: string | undefined): string {
  return cell ? `  [${sheet}!${cell}]` : "";
}
