import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import type { InputCell, InputSheetSpec } from "../../scripts/input-workbook";
import { buildInputWorkbook } from "../../scripts/input-workbook";
import { calculate } from "../../src/workbook/calculate";
import type { CellValue } from "../../src/workbook/grid";
import { openWorkbook } from "../../src/xlsx/package/open-workbook";
import { workedAdjustments, workedExampleSheets, workedMembers, workedSettings, workedTargets } from "../fixtures/worked-example";

/**
 * Cases of the workbook contract as files, for the check the issue asks for: each re-saved by LibreOffice
 * Calc and by Gnumeric must give the same answers (units and issues, with their cells) as the original.
 * Between them they hold what those programs rewrite: shared strings, numbers typed as text with either
 * separator, data below title rows and not at A1, Excel tables below notes (Gnumeric drops tables), English
 * sheet names, and a blocked ranking whose issue names a cell. The print suite adds the Khối 17 sample
 * (samples/khoi-17-kien-giang-2018.xlsx; its committed re-saves are khoi-17-*.xlsx beside these).
 *
 * Committed copies (tests/fixtures/writers/contract/, made by make-contract-resaves.ts) are checked by
 * `npm test`; the print suite re-saves freshly with the programs installed on the machine.
 */
export interface ResaveCase {
  name: string;
  sheets: InputSheetSpec[];
}

const cells = (rows: CellValue[][]): InputCell[][] => rows.map((row) => row.map((v) => v as InputCell));

/** Prefix every row with `cols` empty cells and put `titles` rows above. */
function shifted(rows: CellValue[][], cols: number, titles: CellValue[][]): CellValue[][] {
  const pad = Array.from({ length: cols }, () => null);
  return [...titles.map((t) => [...pad, ...t]), ...rows.map((r) => [...pad, ...r])];
}

function textNumbers(): CellValue[][] {
  // "9.450" and "97,85" as a Vietnamese office types them, "97.85" as an English one does.
  return workedTargets().map((row, i) => (i === 0 ? row : row.map((v, j) => (j >= 4 && typeof v === "number" ? (i % 3 === 0 ? String(v) : v.toLocaleString("vi-VN", { maximumFractionDigits: 10 })) : v))));
}

function planZeroBelowTitles(): CellValue[][] {
  const targets = workedTargets();
  targets[7] = ["CV", 2, "Phí cảng", "Tăng", 0, 27.5];
  return targets;
}

const TITLES: CellValue[][] = [["BẢNG ĐĂNG KÝ CHỈ TIÊU"], ["Khối thi đua 17"], [null], [null]];
const NOTES: CellValue[][] = [["Ghi chú: số liệu minh họa"], [null]];

export const RESAVE_CASES: ResaveCase[] = [
  { name: "worked-example", sheets: workedExampleSheets().map((s) => ({ name: s.name, rows: cells(s.rows) })) },
  {
    name: "text-numbers",
    sheets: [
      { name: "Đơn vị", rows: cells(workedMembers()) },
      { name: "Chỉ tiêu", rows: cells(textNumbers()) },
      { name: "Cộng trừ", rows: cells(workedAdjustments()) },
    ],
  },
  {
    name: "titles-plan-zero",
    sheets: [
      { name: "Đơn vị", rows: cells(shifted(workedMembers(), 2, TITLES)), headerRow: 4 },
      { name: "Chỉ tiêu", rows: cells(shifted(planZeroBelowTitles(), 2, TITLES)), headerRow: 4 },
    ],
  },
  {
    name: "tables-below-notes",
    sheets: [
      { name: "Đơn vị", rows: cells(shifted(workedMembers(), 0, NOTES)), headerRow: 2, table: true },
      { name: "Chỉ tiêu", rows: cells(shifted(workedTargets(), 0, NOTES)), headerRow: 2, table: true },
      { name: "Cộng trừ", rows: cells(workedAdjustments()), table: true },
      { name: "Cấu hình", rows: cells(workedSettings()) },
    ],
  },
  {
    name: "english",
    sheets: [
      { name: "Members", rows: cells([["Code", "Name", "CCHC bonus eligible", "CCHC rating"], ...workedMembers().slice(1)]) },
      { name: "Targets", rows: cells([["Code", "No.", "Target", "Direction", "Plan", "Actual"], ...workedTargets().slice(1)]) },
      { name: "Adjustments", rows: [["Code", "Kind", "Reason", "Count", "Points each"], ["KB", "Trừ", "Late report", 1, 2]] },
      { name: "Settings", rows: [["Setting", "Value"], ["Year", 2018], ["Bloc", "Khối 17"]] },
    ],
  },
];

export const SAMPLE = join(__dirname, "..", "..", "samples", "khoi-17-kien-giang-2018.xlsx");

/** Every case as an .xlsx in `dir`; their paths. */
export async function writeOriginals(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const c of RESAVE_CASES) {
    const file = join(dir, `${c.name}.xlsx`);
    writeFileSync(file, Buffer.from(await buildInputWorkbook(c.sheets).xlsx.writeBuffer()));
    files.push(file);
  }
  return files;
}

const OPTIONS = { lang: "vi" as const, now: new Date(Date.UTC(2019, 0, 10, 2, 0)) };

/** What the program answers for a workbook: its sheets, and the result JSON (units, issues with their cells). */
export function answersOf(bytes: Uint8Array, label: string) {
  const { grid } = openWorkbook(bytes, label, { wanted: () => true });
  return { sheets: grid.sheets.map((s) => s.name), json: calculate(grid, OPTIONS).json };
}

const run = promisify(execFile);

/** LibreOffice Calc opens and saves each file as .xlsx into `outDir` (one soffice start for all); their paths. */
export async function resaveWithLibreOffice(files: string[], outDir: string, profileDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await run("soffice", [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...files], { timeout: 300_000 });
  return files.map((f) => join(outDir, basename(f)));
}

/** Gnumeric (ssconvert) opens and saves each file as .xlsx into `outDir`; their paths. */
export async function resaveWithGnumeric(files: string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const out: string[] = [];
  for (const file of files) {
    const target = join(outDir, basename(file));
    await run("ssconvert", [file, target], { timeout: 120_000 });
    out.push(target);
  }
  return out;
}
