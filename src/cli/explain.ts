import { formatInput, formatNumber } from "../scoring/number-display";
import type { MemberGap } from "../scoring/what-it-takes";
import type { AdjustmentResult, BlocResult, CriterionResult, Lang, TargetResult, UnitResult } from "../scoring/types";
import { capitalised, words } from "../scoring/vocabulary/words";
import { compactKey } from "../workbook/reading/text-key";

/** Self-scores closer than this to the computed points are the same number as printed (2 decimals). */
const SELF_SCORE_TOLERANCE = 0.005;


/**
 * The --explain section: one member's whole breakdown (every criterion and target with how it was
 * computed, bonuses, deductions with reasons, violations, tie-breaker, self-score differences) followed
 * by its "what it takes" lines, as plain text for the terminal.
 */
export function explainMember(result: BlocResult, unit: UnitResult, gap: MemberGap | undefined, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 2);
  const w = words(lang);
  const out: string[] = [];
  const place = unit.rank === null ? w.unranked : `${w.rankWord} ${unit.rank}${unit.tied ? w.explainTiedSuffix : ""}`;
  const grade = unit.grade ? `, ${w.grade[unit.grade]}` : "";
  out.push(`${w.explainHeading}: ${unit.name} (${unit.code}) — ${place}, ${n(unit.total)}/${formatInput(unit.max, lang)} ${w.points} (${n(unit.percent)} %)${grade}`);

  for (const section of result.sections) {
    const criteria = unit.criteria.filter((c) => c.section === section);
    if (criteria.length === 0) continue;
    out.push(`${w.section({ section })}: ${n(unit.sections[section] ?? 0)} ${w.points}`);
    for (const c of criteria) out.push(...criterionLines(c, lang));
  }
  out.push(`${w.bonus}: ${n(unit.bonus)}`);
  out.push(...adjustmentLines(unit.adjustments.filter((a) => a.kind !== "deduction"), "+", lang));
  out.push(`${w.deduction}: ${n(unit.deduction)}`);
  out.push(...adjustmentLines(unit.adjustments.filter((a) => a.kind === "deduction"), "−", lang));
  if (unit.violations.length > 0) {
    out.push(`${w.violations}:`);
    for (const v of unit.violations) out.push(`  ${w.effect[v.effect]}: ${v.description ?? ""}${where(v.source.sheet, v.source.cells.effect)}`);
  }
  out.push(w.explainTotal({ base: n(unit.base), targetBonus: n(unit.targetBonus), bonus: n(unit.bonus), deduction: n(unit.deduction), total: n(unit.total) }));
  out.push(`${w.tieBreakOrder}: ${unit.tieBreak ? unit.tieBreak[lang] : w.placedByPercent}`);
  const differing = selfScoreDifferences(unit, lang);
  if (differing.length > 0) out.push(`${w.selfScoresDiffer}:`, ...differing);
  if (unit.notes.length > 0) out.push(`${w.notes}: ${unit.notes.map((x) => x[lang]).join("; ")}`);
  if (gap) {
    out.push(`${w.whatItTakes}:`);
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
  const label = words(lang).criterion({ code: c.criterionCode });
  // A criterion the Tiêu chí sheet gives no name is shown by its code alone (not "Tiêu chí 1 — :").
  const title = c.name.trim() === "" ? label : `${label} — ${c.name}`;
  const lines = [`  ${title}: ${n(c.points)}/${formatInput(c.standardPoints, lang)} (${c.explanation[lang]})${c.source ? where(c.source.sheet, (c.scoreUsed && c.source.cells[c.scoreUsed]) || firstCell(c.source.cells)) : ""}`];
  for (const t of c.targets) lines.push(`    ${targetLine(t, lang)}`);
  return lines;
}

function targetLine(t: TargetResult, lang: Lang): string {
  const no = t.no ? `${t.no}. ` : "";
  // Bằng 0 and Đạt explanations already start with the direction; the sum is shown only when a bonus is added.
  const dir = t.direction === "increase" || t.direction === "decrease" ? ` (${capitalised(words(lang).direction[t.direction])})` : "";
  const sum = t.bonus > 0 ? ` = ${formatNumber(t.points, lang, 2)}` : "";
  return `${no}${t.name}${dir}: ${t.explanation[lang]}${sum}${where(t.source.sheet, t.source.cells.actual)}`;
}

function adjustmentLines(list: AdjustmentResult[], sign: string, lang: Lang): string[] {
  if (list.length === 0) return [`  ${words(lang).noneListed}`];
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
      const text = words(lang).explainSelfScore({ self: n(self), points: n(t.points), diff });
      return `  ${t.name}: ${text}${where(t.source.sheet, t.source.cells.selfScore)}`;
    });
}

function firstCell(cells: Partial<Record<string, string>>): string | undefined {
  return Object.values(cells).find((c) => c !== undefined);
}

function where(sheet: string, cell: string | undefined): string {
  return cell ? `  [${sheet}!${cell}]` : "";
}
