import { formatInput, formatNumber } from "../../scoring/number-display";
import type { AdjustmentResult, BlocResult, CriterionResult, Lang, TargetResult, UnitResult } from "../../scoring/types";
import { ADJUSTMENT_SECTION_LABELS, DIRECTION_LABELS, TITLES } from "./labels";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import type { OutputValue, RenderedSheet } from "./output-types";
import { MIN_PRINT_SCALE } from "./print-fit";
import { buildSheet } from "./render-sheet";
import { breakdownColumns } from "./result-columns";
import { calculatedAtLine, titleLine } from "./render-title";

export const BREAKDOWN_TABLE_NAME = programTableName("breakdown");

/**
 * The Chi tiết điểm sheet: for each member (rank order) one row per target, one row per directly
 * scored criterion (or per targets criterion with no target at all, so the 0 is explained), then one
 * row per bonus/deduction line. Deductions are negative in the Điểm column so the column adds up.
 */
export function renderBreakdown(result: BlocResult, options: { lang: Lang; now: Date }): RenderedSheet {
  const { lang } = options;
  const c = breakdownColumns(lang);
  const columns = [c.code, c.name, c.section, c.criterion, c.target, c.direction, c.plan, c.actual, c.ratio, c.base, c.bonus, c.points, c.explanation];
  const rows = result.units.flatMap((unit) => unitRows(unit, lang));
  return buildSheet({
    name: programSheetName("breakdown"),
    tableName: BREAKDOWN_TABLE_NAME,
    titleLines: [titleLine(TITLES.breakdown, result, lang), calculatedAtLine(options.now, lang)],
    columns,
    rows,
    // About 20 rows a member: at the smallest readable scale the texts get the width to wrap onto 2 lines,
    // and a page without the title lines holds a member's whole breakdown.
    printScale: MIN_PRINT_SCALE,
    repeatHeaderOnly: true,
  });
}

function unitRows(unit: UnitResult, lang: Lang): OutputValue[][] {
  return [
    ...unit.criteria.flatMap((c) => criterionRows(unit, c, lang)),
    ...unit.adjustments.map((a) => adjustmentRow(unit, a, lang)),
  ];
}

function criterionLabel(c: CriterionResult): string {
  return c.name.trim() === "" ? c.criterionCode : `${c.criterionCode}. ${c.name.trim()}`;
}

function criterionRows(unit: UnitResult, c: CriterionResult, lang: Lang): OutputValue[][] {
  if (c.method === "targets" && c.targets.length > 0) return c.targets.map((t) => targetRow(unit, c, t, lang));
  return [[unit.code, unit.name, c.section, criterionLabel(c), null, null, null, null, null, c.base, c.bonus, c.points, c.explanation[lang]]];
}

function targetRow(unit: UnitResult, c: CriterionResult, t: TargetResult, lang: Lang): OutputValue[] {
  const name = t.unit ? `${t.name} (${t.unit})` : t.name;
  return [
    unit.code,
    unit.name,
    c.section,
    criterionLabel(c),
    name,
    DIRECTION_LABELS[t.direction][lang],
    t.plan,
    t.actual,
    t.ratio === null ? null : t.ratio * 100,
    t.base,
    t.bonus,
    t.points,
    t.explanation[lang],
  ];
}

function adjustmentRow(unit: UnitResult, a: AdjustmentResult, lang: Lang): OutputValue[] {
  const deduction = a.kind === "deduction";
  const how = `${formatInput(a.count, lang)} × ${formatNumber(a.pointsEach, lang)} = ${formatNumber(a.points, lang)}`;
  return [
    unit.code,
    unit.name,
    ADJUSTMENT_SECTION_LABELS[deduction ? "deduction" : "bonus"][lang],
    a.reason[lang],
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    deduction ? -a.points : a.points,
    how,
  ];
}
