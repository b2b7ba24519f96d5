import type { CellValue } from "../../../src/workbook/grid";
import { book, read, sheet, theIssue, where } from "./grids";
import { readBloc } from "../../../src/workbook/reading/read";

const ROW: CellValue[] = ["CT", "Thu ngân sách", "tỷ đồng", "Tăng", 9000, "9.450"];

describe("finding the header row", () => {
  it("finds a header below a title and blank rows, not starting at A1, and names cells by worksheet address", () => {
    const targets = sheet("Chỉ tiêu", [
      [null, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2018", null],
      [],
      [null, "Mã đơn vị", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện"],
      [null, ...ROW.slice(0, 5), "-"],
    ], { originRow: 3, originCol: 2 });
    const { issues } = read(targets);
    // Header on worksheet row 5, data row 6; Thực hiện is the 7th grid column from B → H.
    expect(where(theIssue(issues, "value-missing"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "H6", code: "value-missing" });
  });

  it("reads columns in any order and ignores extra columns", () => {
    const targets = sheet("Chỉ tiêu", [
      ["Thực hiện", "Ghi chú nội bộ", "Kế hoạch", "Tên chỉ tiêu", "Người nhập", "Mã đơn vị"],
      [9450, "đã kiểm tra", 9000, "Thu ngân sách", "Lan", "CT"],
    ]);
    const { input, issues } = read(targets);
    expect(issues).toEqual([]);
    expect(input?.targets[0]).toMatchObject({ memberCode: "CT", name: "Thu ngân sách", plan: 9000, actual: 9450 });
    expect(input?.targets[0].source).toEqual({ sheet: "Chỉ tiêu", row: 2, cells: { actual: "A2", plan: "C2", name: "D2", code: "F2" } });
  });

  it("reads a two-row header: a merged group header above, Mã đơn vị merged down across both rows", () => {
    const targets = sheet("Chỉ tiêu", [
      ["Mã đơn vị", "Chỉ tiêu", null, "Kết quả năm 2018", null],
      [null, "Tên chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      ["CT", "Thu ngân sách", "tỷ đồng", 9000, "x"],
    ]);
    const { issues, input } = read(targets);
    expect(input).not.toBeNull();
    expect(where(theIssue(issues, "value-missing"))).toMatchObject({ cell: "E3" });
  });

  it("uses the header row of an Excel table", () => {
    const targets = sheet("Chỉ tiêu", [
      ["Bảng chỉ tiêu", null, null, null],
      ["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["CT", "Thu ngân sách", 9000, 9450],
      ["KB", "Chi ngân sách", 100, 99],
      ["Ghi chú: số liệu tạm tính", null, null, null],
    ], { tables: [{ name: "ChiTieu", range: "A2:D4" }] });
    const { input, issues } = read(targets);
    expect(issues).toEqual([]);
    expect(input?.targets.map((t) => t.memberCode)).toEqual(["CT", "KB"]);
  });

  it("reads English headers and English sheet names", () => {
    const members = sheet("Members", [["Code", "Name", "CCHC bonus eligible"], ["CT", "Tax Department", "Yes"]]);
    const targets = sheet("Targets", [["Code", "Target", "Direction", "Plan", "Actual"], ["ct", "Revenue", "Increase", 9000, 9450]]);
    const { input, issues } = readBloc(book(members, targets));
    expect(issues).toEqual([]);
    expect(input?.members[0]).toMatchObject({ code: "CT", name: "Tax Department", cchcEligible: true });
    expect(input?.targets[0]).toMatchObject({ memberCode: "CT", plan: 9000, actual: 9450 });
    expect(input?.sheetNames).toMatchObject({ members: "Members", targets: "Targets" });
  });

  it("matches headers and sheet names typed in NFD, upper case, with non-breaking and doubled spaces", () => {
    const nfd = (text: string) => text.normalize("NFD");
    const members = sheet(nfd("ĐƠN  VỊ "), [[nfd("MÃ\u00a0ĐƠN VỊ"), nfd("tên  đơn vị")], ["CT", "Cục Thuế"]]);
    const targets = sheet(nfd("chỉ\u00a0tiêu"), [[nfd("Mã ĐV"), nfd("Tên chỉ tiêu"), "KH", "TH"], ["CT", "Thu", 1, 1]]);
    const { input, issues } = readBloc(book(members, targets));
    expect(issues).toEqual([]);
    expect(input?.targets).toHaveLength(1);
    expect(input?.sheetNames.members).toBe(nfd("ĐƠN  VỊ "));
  });

  it.each([
    ["Kế hoạch năm", "Thực hiện năm"],
    ["KH", "TH"],
    ["Chỉ tiêu kế hoạch", "Kết quả thực hiện"],
    ["Kế hoạch năm 2018 (tỷ đồng)", "Thực hiện năm 2018 (tỷ đồng)"],
  ])("accepts the plan/actual header variants %j / %j", (plan, actual) => {
    const { input, issues } = read(sheet("Chỉ tiêu", [["Mã ĐV", "Chỉ tiêu", plan, actual], ["CT", "Thu", 9000, 9450]]));
    expect(issues).toEqual([]);
    expect(input?.targets[0]).toMatchObject({ name: "Thu", plan: 9000, actual: 9450 });
  });

  it("takes 'Đơn vị' as the name column of Đơn vị beside 'Mã'", () => {
    const members = sheet("Đơn vị", [["Mã", "Đơn vị"], ["CT", "Cục Thuế"]]);
    const { input } = readBloc(book(members, sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"]])));
    expect(input?.members[0]).toMatchObject({ code: "CT", name: "Cục Thuế" });
  });

  it("takes 'Đơn vị' as the code column of Chỉ tiêu only when no proper code column exists", () => {
    const weakOnly = read(sheet("Chỉ tiêu", [["Đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ["KB", "Chi", 1, 1]]));
    expect(weakOnly.input?.targets[0].memberCode).toBe("KB");
    const both = read(sheet("Chỉ tiêu", [["Đơn vị", "Mã ĐV", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Kho bạc", "KB", "Chi", 1, 1]]));
    expect(both.issues).toEqual([]);
    expect(both.input?.targets[0].memberCode).toBe("KB");
  });

  it("reports a missing required column on the header's first cell, naming the accepted names, and returns no input", () => {
    const targets = sheet("Chỉ tiêu", [[], [null, "Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch"], [null, "CT", "Thu", 9000]]);
    const { input, issues } = read(targets);
    expect(input).toBeNull();
    const issue = theIssue(issues, "column-missing");
    expect(where(issue)).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "B2", code: "column-missing" });
    expect(issue.message.vi).toContain("Thực hiện");
    expect(issue.message.vi).toContain("TH");
    expect(issue.message.en).toContain("Actual");
  });

  it("warns about a second column with the same meaning and uses the first", () => {
    const targets = sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện", "TH"], ["CT", "Thu", 9000, 9450, 1]]);
    const { input, issues } = read(targets);
    expect(where(theIssue(issues, "column-duplicate"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "E1", code: "column-duplicate" });
    expect(input?.targets[0].actual).toBe(9450);
  });

  it("warns about a sheet with a header and no data", () => {
    const { issues } = read(sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], [null, null, null, null]]));
    expect(where(theIssue(issues, "sheet-empty"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "A1", code: "sheet-empty" });
  });
});
