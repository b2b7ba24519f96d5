import type { IssueCode, Lang } from "../../src/scoring/types";
import { calculate, type Calculation } from "../../src/workbook/calculate";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/workbook/grid";
import type { ResultJsonIssue, ResultJsonUnit } from "../../src/workbook/result-json";

/**
 * Black-box helpers for the contract suite: workbooks typed as plain grids, the way an officer's
 * sheets hold them, run through calculate() as the command line and the add-in do.
 */
export const NOW = new Date(Date.UTC(2019, 0, 15, 8, 30, 0));

export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, rows, originRow: 1, originCol: 1, ...extra };
}

export function run(sheets: SheetGrid[], lang: Lang = "vi"): Calculation {
  const workbook: WorkbookGrid = { sheets };
  return calculate(workbook, { lang, now: NOW });
}

export const MEMBER_HEADER: CellValue[] = ["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"];
export const TARGET_HEADER: CellValue[] = ["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"];

/** domain.md's worked example: the three units' members rows. */
export function workedMembers(): CellValue[][] {
  return [
    MEMBER_HEADER,
    ["CT", "Cục Thuế tỉnh", "Có", "Xuất sắc"],
    ["CV", "Cảng vụ Kiên Giang", "Có", "Xuất sắc"],
    ["KB", "Kho bạc Nhà nước CN Kiên Giang", "Có", "Tốt"],
  ];
}

/** domain.md's worked example: the 15 target rows (header first). */
export function workedTargets(): CellValue[][] {
  return [
    TARGET_HEADER,
    ["CT", 1, "Thu ngân sách", "Tăng", 9000, 9450],
    ["CT", 2, "Tỷ lệ nợ đọng", "Giảm", 5, 4],
    ["CT", 3, "Kê khai điện tử", "Tăng", 98, 99.5],
    ["CT", 4, "Thanh tra", "Tăng", 400, 380],
    ["CT", 5, "Hoàn thuế đúng hạn", "Tăng", 100, 100],
    ["CV", 1, "Lượt tàu", "Tăng", 12000, 10800],
    ["CV", 2, "Phí cảng", "Tăng", 25, 27.5],
    ["CV", 3, "Tai nạn hàng hải", "Bằng 0", 0, 0],
    ["CV", 4, "Kiểm tra an toàn", "Tăng", 150, 165],
    ["CV", 5, "Thủ tục trực tuyến", "Tăng", 100, 100],
    ["KB", 1, "Giải ngân", "Tăng", 95, 97.85],
    ["KB", 2, "Kiểm soát chi", "Tăng", 100, 99.6],
    ["KB", 3, "Dịch vụ công", "Tăng", 90, 100],
    ["KB", 4, "Hồ sơ trả chậm", "Giảm", 10, 12],
    ["KB", 5, "Thu ngân sách qua KB", "Tăng", 12000, 12600],
  ];
}

export function workedAdjustments(): CellValue[][] {
  return [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 1, 2]];
}

/** The worked example as a workbook; `settings` rows are added to a Cấu hình sheet. */
export function workedExample(settings: CellValue[][] = []): SheetGrid[] {
  return [
    sheet("Đơn vị", workedMembers()),
    sheet("Chỉ tiêu", workedTargets()),
    sheet("Cộng trừ", workedAdjustments()),
    sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["Khối", "Khối 17"], ...settings]),
  ];
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
