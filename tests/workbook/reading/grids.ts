import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/workbook/grid";
import { readBloc } from "../../../src/workbook/reading/read";
import type { BlocInput, Issue, IssueCode } from "../../../src/scoring/types";

/** Tiny builders for the reader tests: grids typed inline, as an officer's sheet would hold them. */
export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, rows, originRow: 1, originCol: 1, ...extra };
}

export function book(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export const MEMBERS = sheet("Đơn vị", [
  ["Mã đơn vị", "Tên đơn vị"],
  ["CT", "Cục Thuế tỉnh"],
  ["KB", "Kho bạc Nhà nước"],
]);

export const TARGET_HEADER: CellValue[] = ["Mã đơn vị", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện"];

/** A Chỉ tiêu sheet with the standard header in row 1 (A..F) and the given data rows from row 2. */
export function targets(rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return sheet("Chỉ tiêu", [TARGET_HEADER, ...rows], extra);
}

/** Read a workbook of the members above plus the given sheets. */
export function read(...sheets: SheetGrid[]): { input: BlocInput | null; issues: Issue[] } {
  return readBloc(book(MEMBERS, ...sheets));
}

/** Read one target row (CT, name, unit, direction, plan, actual) and return what came out. */
export function readTargetRow(unit: CellValue, direction: CellValue, plan: CellValue, actual: CellValue, extra: Partial<SheetGrid> = {}) {
  const result = read(targets([["CT", "Thu ngân sách", unit, direction, plan, actual]], extra));
  return { ...result, target: result.input?.targets[0] };
}

export function issuesWith(issues: Issue[], code: IssueCode): Issue[] {
  return issues.filter((i) => i.code === code);
}

/** The one issue of a code, with a readable failure when it is absent or repeated. */
export function theIssue(issues: Issue[], code: IssueCode): Issue {
  const found = issuesWith(issues, code);
  if (found.length !== 1) throw new Error(`expected one "${code}" issue, got ${found.length}: ${JSON.stringify(issues.map((i) => [i.code, i.sheet, i.cell]))}`);
  return found[0];
}

/** Severity, sheet, cell and code of an issue, for exact comparisons. */
export function where(i: Issue) {
  return { severity: i.severity, sheet: i.sheet, cell: i.cell, code: i.code };
}
