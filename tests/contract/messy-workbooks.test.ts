import type { CellValue, SheetGrid } from "../../src/workbook/grid";
import { errors, issuesOf, order, ranked, run, sheet, unitOf, where, workedAdjustments, workedExample, workedMembers, workedTargets } from "./contract-helpers";

/** The worked example's expected totals: every messy spelling below must give exactly these. */
const expected = ranked(run(workedExample()));
function totals(calc: ReturnType<typeof run>): Array<[string, number | null, number]> {
  return calc.json.units.map((u) => [u.code, u.rank, u.total]);
}
const EXPECTED_TOTALS = totals(expected);

/** Prefix every row with `cols` empty cells and put `titles` rows above. */
function shifted(rows: CellValue[][], cols: number, titles: CellValue[][]): CellValue[][] {
  const pad = Array.from({ length: cols }, () => null);
  return [...titles.map((t) => [...pad, ...t]), ...rows.map((r) => [...pad, ...r])];
}

function workedWith(members: SheetGrid, targets: SheetGrid, extra: SheetGrid[] = [sheet("Cộng trừ", workedAdjustments())]): ReturnType<typeof run> {
  return run([members, targets, ...extra]);
}

describe("messy but valid workbooks give the worked example's result", () => {
  it("numbers typed as text with Vietnamese separators ('9.450', '97,85') and English ones ('97.85')", () => {
    const targets = workedTargets().map((row, i) => (i === 0 ? row : row.map((v, j) => (j >= 4 && typeof v === "number" ? toText(v, i) : v))));
    const calc = ranked(workedWith(sheet("Đơn vị", workedMembers()), sheet("Chỉ tiêu", targets)));
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
    expect(errors(calc)).toEqual([]);
  });

  it("data starting at C5 below title rows, with the worksheet-relative cells in messages", () => {
    const titles = [["BẢNG ĐĂNG KÝ CHỈ TIÊU"], ["Khối thi đua 17"], [null], [null]];
    const members = sheet("Đơn vị", shifted(workedMembers(), 2, titles));
    const targets = workedTargets();
    targets[7] = ["CV", 2, "Phí cảng", "Tăng", 0, 27.5];
    const calc = workedWith(members, sheet("Chỉ tiêu", shifted(targets, 2, titles)));
    // Header at row 5 (C5…), data from row 6: the 7th target row is worksheet row 12; Kế hoạch is column G.
    expect(where(errors(calc))).toEqual([["error", "plan-zero", "Chỉ tiêu", "G12"]]);
  });

  it("a grid that does not start at A1 (used range C5:H20) reports worksheet addresses", () => {
    const targets = workedTargets();
    targets[7] = ["CV", 2, "Phí cảng", "Tăng", 0, 27.5];
    const calc = workedWith(sheet("Đơn vị", workedMembers(), { originRow: 5, originCol: 3 }), sheet("Chỉ tiêu", targets, { originRow: 5, originCol: 3 }));
    expect(where(errors(calc))).toEqual([["error", "plan-zero", "Chỉ tiêu", "G12"]]);
  });

  it("data as Excel tables below notes", () => {
    const titles = [["Ghi chú: số liệu minh họa"], [null]];
    const members = sheet("Đơn vị", shifted(workedMembers(), 0, titles), { tables: [{ name: "tbl_DonVi", range: "A3:D6" }] });
    const targets = sheet("Chỉ tiêu", shifted(workedTargets(), 1, titles), { tables: [{ name: "tbl_ChiTieu", range: "B3:G18" }] });
    expect(totals(ranked(workedWith(members, targets)))).toEqual(EXPECTED_TOTALS);
  });

  it("sheet names and headers in English (Members, Targets, Adjustments, Settings)", () => {
    const members = [["Code", "Name", "CCHC bonus eligible", "CCHC rating"], ...workedMembers().slice(1)];
    const targets = [["Code", "No.", "Target", "Direction", "Plan", "Actual"], ...workedTargets().slice(1)];
    const calc = ranked(
      run([
        sheet("Members", members),
        sheet("Targets", targets),
        sheet("Adjustments", [["Code", "Kind", "Reason", "Count", "Points each"], ["KB", "Trừ", "Late report", 1, 2]]),
        sheet("Settings", [["Setting", "Value"], ["Year", 2018], ["Bloc", "Khối 17"]]),
      ]),
    );
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
    expect([calc.json.bloc, calc.json.year]).toEqual(["Khối 17", 2018]);
  });

  it("sheet and column names in any case, without accents, in NFD, with odd spaces", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const members = [["MA DON VI", nfd("tên  đơn vị"), "cong diem cchc", "XẾP\u00a0LOẠI CCHC"], ...workedMembers().slice(1)];
    const targets = [[" mã đơn vị ", "stt", nfd("TÊN CHỈ TIÊU"), "chieu", "Ke hoach", "THỰC HIỆN"], ...workedTargets().slice(1)];
    const calc = ranked(workedWith(sheet(nfd("ĐƠN VỊ"), members), sheet(" chi  tieu", targets), [sheet("cong tru", workedAdjustments())]));
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
  });

  it("columns in any order, extra columns ignored, rows in a different order, codes typed loosely", () => {
    const header = ["Thực hiện", "Ghi chú", "Kế hoạch", "Chiều", "Tên chỉ tiêu", "Người nhập", "Mã đơn vị"];
    const rows = workedTargets().slice(1).reverse().map((r) => [r[5], "ok", r[4], r[3], r[2], "Lan", ` ${String(r[0]).toLowerCase()} `]);
    const calc = ranked(workedWith(sheet("Đơn vị", workedMembers()), sheet("Chỉ tiêu", [header, ...rows])));
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
    expect(calc.json.units.map((u) => u.code)).toEqual(["CT", "CV", "KB"]);
  });

  it("'Tổng cộng' rows inside the data are skipped with a warning", () => {
    const members = [...workedMembers(), ["Tổng cộng", null, null, null]];
    const targets = workedTargets();
    targets.splice(6, 0, [null, "Cộng", null, null, 9000 + 5 + 98 + 400 + 100, 9450 + 4 + 99.5 + 380 + 100]);
    targets.push(["TỔNG CỘNG", null, null, null, 1, 1]);
    const calc = ranked(workedWith(sheet("Đơn vị", members), sheet("Chỉ tiêu", targets)));
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
    expect(issuesOf(calc, "total-row-skipped").map((i) => [i.severity, i.sheet])).toEqual([
      ["warning", "Đơn vị"],
      ["warning", "Chỉ tiêu"],
      ["warning", "Chỉ tiêu"],
    ]);
  });

  it("blank rows and hidden rows: blank ones ignored, hidden ones counted with a warning", () => {
    const targets = workedTargets();
    targets.splice(3, 0, [null, null, null, null, null, null]);
    const calc = ranked(workedWith(sheet("Đơn vị", workedMembers()), sheet("Chỉ tiêu", targets, { hiddenRows: [3] })));
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
    expect(where(issuesOf(calc, "hidden-row"))).toEqual([["warning", "hidden-row", "Chỉ tiêu", "A3"]]);
  });

  it("a two-row header with merged group cells", () => {
    const targets = [["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kết quả năm 2018", null], [null, null, null, null, "Kế hoạch", "Thực hiện"], ...workedTargets().slice(1)];
    expect(totals(ranked(workedWith(sheet("Đơn vị", workedMembers()), sheet("Chỉ tiêu", targets))))).toEqual(EXPECTED_TOTALS);
  });
});

describe("percent targets typed three ways", () => {
  function percentBloc(plan: CellValue, actual: CellValue, formats?: string[]) {
    const header = ["Mã đơn vị", "Tên chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];
    const rows = [header, ["A", "Tỷ lệ giải ngân", "%", plan, actual]];
    const numberFormats = formats ? [header.map(() => "General"), ["General", "General", "General", ...formats]] : undefined;
    return ranked(
      run([
        sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]]),
        sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu"], ["1", "I", 70, "Chỉ tiêu", 1]]),
        sheet("Chỉ tiêu", rows, numberFormats ? { numberFormats } : {}),
      ]),
    );
  }

  it.each([
    [95, 97.85, undefined],
    [95, "97,85%", undefined],
    ["95%", "97,85%", undefined],
    [0.95, 0.9785, ["0%", "0.00%"]],
    [95, 0.9785, ["General", "0.00%"]],
    [95, "97,85", undefined],
  ] as Array<[CellValue, CellValue, string[] | undefined]>)("plan %j, actual %j (formats %j) scores 70 + 2,1", (plan, actual, formats) => {
    expect(unitOf(percentBloc(plan, actual, formats), "A").total).toBeCloseTo(72.1, 9);
  });
});

describe("join by code, never by position", () => {
  it("ranks correctly when the Đơn vị rows come in another order than the targets", () => {
    const members = [workedMembers()[0], ...workedMembers().slice(1).reverse()];
    const calc = ranked(workedWith(sheet("Đơn vị", members), sheet("Chỉ tiêu", workedTargets())));
    expect(order(calc)).toEqual(["CT", "CV", "KB"]);
    expect(totals(calc)).toEqual(EXPECTED_TOTALS);
  });
});

/** Vietnamese text for some numbers, English for others: both appear in one column in real workbooks. */
function toText(value: number, row: number): string {
  const vi = value.toLocaleString("vi-VN", { maximumFractionDigits: 10, useGrouping: true });
  return row % 3 === 0 ? String(value) : vi;
}
