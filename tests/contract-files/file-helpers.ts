import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runRank, sha256, tempDir, type CommandResult } from "../cli/cli-helpers";

/**
 * Real .xlsx files through the real command line. Workbooks are built with ExcelJS directly, laid out
 * the way officers' files are (titles, merged cells, tables, formulas…), not with the project's own
 * sample writer, so the reader meets what Excel actually saves.
 */

export type Cell = ExcelJS.CellValue;
export type Row = Cell[];

/** domain.md's worked example: three units, default settings. */
export const WORKED = {
  members: [
    ["CT", "Cục Thuế tỉnh", "Có", "Xuất sắc"],
    ["CV", "Cảng vụ Kiên Giang", "Có", "Xuất sắc"],
    ["KB", "Kho bạc Nhà nước CN Kiên Giang", "Có", "Tốt"],
  ] as Row[],
  /** Code, STT, name, direction, plan, actual. */
  targets: [
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
  ] as Row[],
};

/** The worked example's results, computed from domain.md's rules (not copied from a run). */
export const EXPECTED = {
  CT: { sections: 73.5 + 77 + (70 + 70 * (99.5 / 98 - 1)) + 66.5 + 70, bonus: 5, deduction: 0 },
  CV: { sections: 63 + 77 + 70 + 77 + 70, bonus: 5, deduction: 0 },
  KB: { sections: 70 + 70 * (97.85 / 95 - 1) + 69.72 + 77 + 70 * (10 / 12) + 73.5, bonus: 0, deduction: 2 },
};

export function expectedTotal(code: keyof typeof EXPECTED): number {
  const e = EXPECTED[code];
  return e.sections + e.bonus - e.deduction;
}

/** Writes `rows` with their top-left cell at (row, col); null cells stay empty. */
export function putRows(ws: ExcelJS.Worksheet, rows: Row[], row = 1, col = 1): void {
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(row + r, col + c).value = value;
    }),
  );
}

export function sheetWith(wb: ExcelJS.Workbook, name: string, rows: Row[], row = 1, col = 1): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  putRows(ws, rows, row, col);
  return ws;
}

export interface RankRun extends CommandResult {
  dir: string;
  input: string;
  out: string;
  jsonPath: string;
  /** Input file hash before the run, to prove it was not touched. */
  inputHashBefore: string;
}

/** Saves the workbook as `fileName` in a fresh folder and runs `npm run rank -- input --out … --json …`. */
export async function rankWorkbook(wb: ExcelJS.Workbook, fileName: string, extra: string[] = []): Promise<RankRun> {
  const dir = tempDir();
  const input = join(dir, fileName);
  await wb.xlsx.writeFile(input);
  return rankFile(dir, input, extra);
}

export async function rankFile(dir: string, input: string, extra: string[] = []): Promise<RankRun> {
  const out = join(dir, "out.xlsx");
  const jsonPath = join(dir, "result.json");
  const inputHashBefore = sha256(input);
  const result = await runRank([input, "--out", out, "--json", jsonPath, ...extra]);
  return { ...result, dir, input, out, jsonPath, inputHashBefore };
}

export interface JsonUnit {
  code: string;
  name: string;
  rank: number | null;
  tied: boolean;
  sections: Record<string, number>;
  bonus: number;
  deduction: number;
  total: number;
  max: number;
  percent: number;
  grade: string | null;
  award: string | null;
  notes: string[];
}

export interface JsonIssue {
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  code: string;
  message: string;
}

export interface ResultFile {
  bloc: string;
  year: number | null;
  units: JsonUnit[];
  issues: JsonIssue[];
}

export function readResult(run: { jsonPath: string }): ResultFile {
  expect(existsSync(run.jsonPath)).toBe(true);
  return JSON.parse(readFileSync(run.jsonPath, "utf8")) as ResultFile;
}

export const errorsOf = (json: ResultFile) => json.issues.filter((i) => i.severity === "error");
export const where = (i: JsonIssue) => [i.code, i.sheet, i.cell];

/** Checks every unit field of the worked example exactly (unrounded, rank order, enums). */
export function expectWorkedExample(units: JsonUnit[]): void {
  expect(units.map((u) => [u.code, u.rank, u.tied, u.grade, u.award])).toEqual([
    ["CT", 1, false, "excellent", "flag"],
    ["CV", 2, false, "excellent", "merit"],
    ["KB", 3, false, "excellent", "merit"],
  ]);
  for (const unit of units) {
    const code = unit.code as keyof typeof EXPECTED;
    expect(unit.sections.I).toBeCloseTo(EXPECTED[code].sections, 9);
    expect(unit.bonus).toBe(EXPECTED[code].bonus);
    expect(unit.deduction).toBe(EXPECTED[code].deduction);
    expect(unit.total).toBeCloseTo(expectedTotal(code), 9);
    expect(unit.max).toBe(350);
    expect(unit.percent).toBeCloseTo((expectedTotal(code) / 350) * 100, 9);
  }
  // Unrounded: 363,0714… is not cut to 363,07.
  expect(units[0].total).not.toBe(Math.round(units[0].total * 100) / 100);
}

/** The output workbook as ExcelJS opens it. */
export async function openOutput(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Rows of a sheet as plain arrays (column A first), formulas by their result. */
export function sheetRows(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value);
    rows.push(cells);
  }
  return rows;
}

/** The Xếp hạng table below its title: header row (found by "Hạng"/"Rank") and the rows under it. */
export function rankingTable(ws: ExcelJS.Worksheet, rankHeader = "Hạng"): { header: string[]; rows: Cell[][] } {
  const rows = sheetRows(ws);
  const at = rows.findIndex((r) => r[0] === rankHeader);
  expect(at).toBeGreaterThanOrEqual(0);
  return { header: rows[at].map((v) => String(v ?? "")), rows: rows.slice(at + 1).filter((r) => r.some((v) => v !== null)) };
}

export function column(table: { header: string[]; rows: Cell[][] }, name: string): Cell[] {
  const index = table.header.indexOf(name);
  expect(index).toBeGreaterThanOrEqual(0);
  return table.rows.map((r) => r[index]);
}

/** Rewrites parts of a saved .xlsx (what ExcelJS cannot produce: chart sheets, macros). */
export async function patchZip(bytes: Buffer, patch: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await patch(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function replaceInZip(zip: JSZip, path: string, from: string | RegExp, to: string): Promise<void> {
  const text = await zip.file(path)!.async("string");
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  zip.file(path, next);
}

export { sha256, tempDir };
