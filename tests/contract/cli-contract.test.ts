import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runRank, sha256, tempDir } from "../cli/cli-helpers";
import { workedAdjustments, workedMembers, workedTargets } from "./contract-helpers";

jest.setTimeout(60_000);

type Row = Array<ExcelJS.CellValue>;

/** Writes rows from `top`-left (e.g. "C5"), with title rows above, the way officers lay sheets out. */
function addSheet(wb: ExcelJS.Workbook, name: string, rows: Row[], startRow = 1, startCol = 1, titles: string[] = []): void {
  const ws = wb.addWorksheet(name);
  titles.forEach((t, i) => (ws.getCell(i + 1, startCol).value = t));
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(startRow + r, startCol + c).value = v)));
}

function readJson(path: string) {
  return JSON.parse(readFileSync(path, "utf8"));
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("the command line against the contract (black box)", () => {
  it("ranks a messy English workbook: data at C5 under titles, text numbers, a total row, formulas; input untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "messy.xlsx");
    const wb = new ExcelJS.Workbook();
    const members = [["Code", "Name", "CCHC bonus eligible", "CCHC rating"], ...workedMembers().slice(1)] as Row[];
    addSheet(wb, "Members", members, 5, 3, ["MEMBER UNITS", "Bloc 17"]);
    const targets = [["Code", "No.", "Target", "Direction", "Plan", "Actual"], ...workedTargets().slice(1)] as Row[];
    targets[1][4] = "9.450".replace("450", "000"); // "9.000": Vietnamese thousands
    targets[11][5] = "97,85";
    targets[15][5] = { formula: "12000*1.05", result: 12600 } as ExcelJS.CellFormulaValue;
    targets.push(["Tổng cộng", null, null, null, 1, 1]);
    addSheet(wb, "Targets", targets, 5, 3, ["REGISTERED TARGETS"]);
    addSheet(wb, "Adjustments", workedAdjustments() as Row[]);
    addSheet(wb, "Settings", [["Setting", "Value"], ["Year", 2018], ["Bloc", "Khối 17"]]);
    await wb.xlsx.writeFile(input);
    const before = sha256(input);

    const run = await runRank([input, "--json", join(dir, "r.json"), "--out", join(dir, "out.xlsx")]);

    expect(run.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const json = readJson(join(dir, "r.json"));
    expect(json.units.map((u: { code: string; rank: number; award: string }) => [u.code, u.rank, u.award])).toEqual([["CT", 1, "flag"], ["CV", 2, "merit"], ["KB", 3, "merit"]]);
    expect(json.units[0].total).toBeCloseTo(363.0714285714, 9);
    expect(json.units[2].total).toBeCloseTo(348.6533333333, 9);
    expect(json.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    expect(json.issues.map((i: { code: string }) => i.code)).toContain("total-row-skipped");
    // The input's sheets first, unchanged in order, then the three output sheets (the add-in may add more after them).
    const names = await sheetNames(join(dir, "out.xlsx"));
    expect(names.slice(0, 7)).toEqual(["Members", "Targets", "Adjustments", "Settings", "Xếp hạng", "Chi tiết điểm", "Kiểm tra"]);
  });

  it("a #DIV/0! formula result in Thực hiện blocks: exit 2, error at I7, units [], Kiểm tra only", async () => {
    const dir = tempDir();
    const input = join(dir, "div0.xlsx");
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"]]);
    const header: Row = ["Mã đơn vị", "Tiêu chí", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Ghi chú", "Kế hoạch", "Thực hiện"];
    const rows: Row[] = ["A", "B"].flatMap((code) => [1, 2, 3, 4, 5].map((n): Row => [code, 1, n, `Chỉ tiêu ${n}`, "%", "Tăng", null, 100, 100]));
    rows[5][8] = { formula: "H7/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
    addSheet(wb, "Chỉ tiêu", [header, ...rows]);
    await wb.xlsx.writeFile(input);

    const out = join(dir, "out.xlsx");
    const run = await runRank([input, "--json", join(dir, "r.json"), "--out", out]);

    expect(run.code).toBe(2);
    const json = readJson(join(dir, "r.json"));
    expect(json.units).toEqual([]);
    const errors = json.issues.filter((i: { severity: string }) => i.severity === "error");
    expect(errors.map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell])).toEqual([["value-error", "Chỉ tiêu", "I7"]]);
    expect(run.stdout).toMatch(/Chỉ tiêu'?!I7/);
    const names = await sheetNames(out);
    expect(names.slice(0, 3)).toEqual(["Đơn vị", "Chỉ tiêu", "Kiểm tra"]);
    expect(names).not.toContain("Xếp hạng");
    expect(names).not.toContain("Chi tiết điểm");
  });

  it("--lang en: plan 0 at H7 is reported in English, exit 2", async () => {
    const dir = tempDir();
    const input = join(dir, "plan0.xlsx");
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "Members", [["Code", "Name"], ["A", "Unit A"], ["B", "Unit B"]]);
    const header: Row = ["Code", "Criterion", "No.", "Target", "Unit of measure", "Direction", "Notes", "Plan", "Actual"];
    const rows: Row[] = ["A", "B"].flatMap((code) => [1, 2, 3, 4, 5].map((n): Row => [code, 1, n, `Target ${n}`, "cases", "Tăng", null, 100, 100]));
    rows[5][7] = 0;
    addSheet(wb, "Targets", [header, ...rows]);
    await wb.xlsx.writeFile(input);

    const run = await runRank([input, "--json", join(dir, "r.json"), "--lang", "en"]);

    expect(run.code).toBe(2);
    const json = readJson(join(dir, "r.json"));
    const planZero = json.issues.filter((i: { code: string }) => i.code === "plan-zero");
    expect(planZero.map((i: { severity: string; sheet: string; cell: string }) => [i.severity, i.sheet, i.cell])).toEqual([["error", "Targets", "H7"]]);
    expect(planZero[0].message).toMatch(/plan/i);
    expect(run.stdout).toContain("Targets!H7");
    expect(run.stdout).not.toMatch(/Lỗi|Kế hoạch bằng 0/);
    expect(existsSync(join(dir, "plan0-xep-hang.xlsx"))).toBe(true);
  });

  it("a file that is not a workbook: exit 1 with a message, nothing written", async () => {
    const dir = tempDir();
    const input = join(dir, "not-a-workbook.xlsx");
    writeFileSync(input, "this is text, not a zip");
    const run = await runRank([input, "--json", join(dir, "r.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, "r.json"))).toBe(false);
    expect(existsSync(join(dir, "not-a-workbook-xep-hang.xlsx"))).toBe(false);
  });
});
