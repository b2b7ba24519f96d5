import type { IssueCode, Lang } from "../../src/scoring/types";
import { calculate, type Calculation } from "../../src/workbook/calculate";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/workbook/grid";
import type { ResultJsonIssue, ResultJsonUnit } from "../../src/workbook/rendering/result-json";
import { sheet } from "../fixtures/sheet";
import { TARGET_HEADER, workedExampleSheets } from "../fixtures/worked-example";

export { sheet } from "../fixtures/sheet";
export { MEMBER_HEADER, TARGET_HEADER, workedAdjustments, workedMembers, workedTargets } from "../fixtures/worked-example";

/**
 * Black-box helpers for the contract suite: workbooks typed as plain grids, the way an officer's
 * sheets hold them, run through calculate() as the command line and the add-in do.
 */
export const NOW = new Date(Date.UTC(2019, 0, 15, 8, 30, 0));

export function run(sheets: SheetGrid[], lang: Lang = "vi"): Calculation {
  const workbook: WorkbookGrid = { sheets };
  return calculate(workbook, { lang, now: NOW });
}

/** domain.md's worked example; `settings` rows are added to its Cấu hình sheet. */
export function workedExample(settings: CellValue[][] = []): SheetGrid[] {
  return workedExampleSheets({ settings });
}

/** Five targets of one member, all at `ratio` × plan 100 (Tăng). */
export function fiveTargets(code: string, actual: number | number[]): CellValue[][] {
  const actuals = Array.isArray(actual) ? actual : [actual, actual, actual, actual, actual];
  return actuals.map((a, i) => [code, i + 1, `Chỉ tiêu ${i + 1}`, "Tăng", 100, a]);
}

/** Members (no CCHC) with five targets each, `actuals[code]` per member. */
export function simpleBloc(actuals: Record<string, number | number[]>, extraSheets: SheetGrid[] = [], memberRows?: CellValue[][]): SheetGrid[] {
  const codes = Object.keys(actuals);
  const members = memberRows ?? [["Mã đơn vị", "Tên đơn vị"], ...codes.map((c) => [c, `Đơn vị ${c}`])];
  const targets = [TARGET_HEADER, ...codes.flatMap((c) => fiveTargets(c, actuals[c]))];
  return [sheet("Đơn vị", members), sheet("Chỉ tiêu", targets), ...extraSheets];
}

export function unitOf(calc: Calculation, code: string): ResultJsonUnit {
  const found = calc.json.units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code} in ${JSON.stringify(calc.json.units.map((u) => u.code))}; issues: ${issueSummary(calc)}`);
  return found;
}

export function issueSummary(calc: Calculation): string {
  return JSON.stringify(calc.json.issues.map((i) => [i.severity, i.code, i.sheet, i.cell]));
}

export function issuesOf(calc: Calculation, code: IssueCode): ResultJsonIssue[] {
  return calc.json.issues.filter((i) => i.code === code);
}

export function errors(calc: Calculation): ResultJsonIssue[] {
  return calc.json.issues.filter((i) => i.severity === "error");
}

/** Severity, code, sheet and cell of issues, for exact comparisons. */
export function where(issues: ResultJsonIssue[]): Array<[string, string, string, string]> {
  return issues.map((i) => [i.severity, i.code, i.sheet, i.cell]);
}

/** Unit codes in the order of the JSON. */
export function order(calc: Calculation): string[] {
  return calc.json.units.map((u) => u.code);
}

/** Expects a ranked result: fails with the issues when the ranking was blocked. */
export function ranked(calc: Calculation): Calculation {
  if (calc.result.blocked) throw new Error(`ranking blocked: ${issueSummary(calc)}`);
  return calc;
}
