import { readBloc } from "../../../src/workbook/reading/read";
import { book, issuesWith, read, sheet, targets, theIssue, where } from "./grids";

describe("data rows", () => {
  it("skips blank rows between data rows", () => {
    const { input, issues } = read(targets([["CT", "Thu", null, null, 1, 1], [], [null, "", "  ", null, "-", null], ["KB", "Chi", null, null, 2, 2]]));
    expect(issues).toEqual([]);
    expect(input?.targets.map((t) => t.source.row)).toEqual([2, 5]);
  });

  it.each(["Tổng cộng", "TỔNG", "Cộng", "Total", "Tổng cộng:"])("skips a total row labelled %j with a warning on its code cell", (label) => {
    const { input, issues } = read(targets([["CT", "Thu", null, null, 1, 1], [null, label, null, null, 1, 1]]));
    expect(input?.targets).toHaveLength(1);
    expect(where(theIssue(issues, "total-row-skipped"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "A3", code: "total-row-skipped" });
  });

  it("skips a total row whose label sits in the code column", () => {
    const members = sheet("Đơn vị", [["STT", "Mã đơn vị", "Tên đơn vị"], [1, "CT", "Cục Thuế"], ["Tổng cộng", null, null]]);
    const { input, issues } = readBloc(book(members, targets([])));
    expect(input?.members).toHaveLength(1);
    expect(where(theIssue(issues, "total-row-skipped"))).toMatchObject({ sheet: "Đơn vị", cell: "B3" });
    expect(issuesWith(issues, "code-missing")).toEqual([]);
  });

  it("does not take a real target named like a total for a total row", () => {
    const { input, issues } = read(targets([["CT", "Tổng thu ngân sách", null, null, 1, 1]]));
    expect(input?.targets).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it("reads a hidden row and warns that it counts", () => {
    const { input, issues } = read(targets([["CT", "Thu", null, null, 1, 1], ["KB", "Chi", null, null, 2, 2]], { hiddenRows: [3] }));
    expect(input?.targets).toHaveLength(2);
    expect(where(theIssue(issues, "hidden-row"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "A3", code: "hidden-row" });
  });

  it("warns on the second of two identical target rows and keeps both", () => {
    const row = ["CT", "Thu ngân sách", "tỷ đồng", "Tăng", 9000, 9450];
    const { input, issues } = read(targets([row, ["KB", "Chi", null, null, 2, 2], ["ct ", "Thu  ngân sách", "tỷ đồng", "tăng", "9.000", 9450]]));
    expect(input?.targets).toHaveLength(3);
    expect(where(theIssue(issues, "row-duplicate"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "A4", code: "row-duplicate" });
  });

  it("reports a target row without a unit code", () => {
    const { input, issues } = read(targets([[null, "Thu", null, null, 1, 1]]));
    expect(input?.targets).toEqual([]);
    expect(where(theIssue(issues, "code-missing"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "A2", code: "code-missing" });
  });
});

describe("members", () => {
  const members = (rows: unknown[][]) => sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ...(rows as never[][])]);

  it("reports a duplicate code on the second code cell, case and space insensitively", () => {
    const { input, issues } = readBloc(book(members([["CT", "Cục Thuế"], ["KB", "Kho bạc"], [" ct ", "Cục Thuế (trùng)"]]), targets([])));
    expect(where(theIssue(issues, "code-duplicate"))).toEqual({ severity: "error", sheet: "Đơn vị", cell: "A4", code: "code-duplicate" });
    expect(input?.members.map((m) => m.code)).toEqual(["CT", "KB"]);
  });

  it("reports a member row without code and one without name", () => {
    const { issues } = readBloc(book(members([[null, "Cục Thuế"], ["KB", null]]), targets([])));
    expect(where(theIssue(issues, "code-missing"))).toEqual({ severity: "error", sheet: "Đơn vị", cell: "A2", code: "code-missing" });
    expect(where(theIssue(issues, "name-missing"))).toEqual({ severity: "error", sheet: "Đơn vị", cell: "B3", code: "name-missing" });
  });

  it("reads every member column with its words and defaults, and the source cells", () => {
    const full = sheet("Đơn vị", [
      ["Mã đơn vị", "Tên đơn vị", "Loại hình", "Cộng điểm CCHC", "Xếp loại CCHC", "Xếp loại ngành", "Tham gia", "Ghi chú"],
      ["CT", "Cục Thuế", "Hành chính", "x", "xuat sac", null, null, "Khối trưởng"],
      ["CHK", "Cảng HK Phú Quốc", "Doanh nghiệp", "Không", null, "Hoàn thành tốt nhiệm vụ", "Không", null],
    ]);
    const { input, issues } = readBloc(book(full, targets([["CT", "Thu", null, null, 1, 1]])));
    expect(issues).toEqual([]);
    expect(input?.members).toEqual([
      { code: "CT", name: "Cục Thuế", type: "Hành chính", cchcEligible: true, cchcRating: "excellent", sectorRating: null, participates: true, notes: "Khối trưởng",
        source: { sheet: "Đơn vị", row: 2, cells: { code: "A2", name: "B2", type: "C2", cchcEligible: "D2", cchcRating: "E2", sectorRating: "F2", participates: "G2", notes: "H2" } } },
      { code: "CHK", name: "Cảng HK Phú Quốc", type: "Doanh nghiệp", cchcEligible: false, cchcRating: null, sectorRating: "good", participates: false, notes: null,
        source: { sheet: "Đơn vị", row: 3, cells: { code: "A3", name: "B3", type: "C3", cchcEligible: "D3", cchcRating: "E3", sectorRating: "F3", participates: "G3", notes: "H3" } } },
    ]);
  });

  it("reports an unknown rating word and an unreadable yes/no", () => {
    const bad = sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"], ["CT", "Cục Thuế", "có lẽ", "Giỏi"]]);
    const { issues } = readBloc(book(bad, targets([])));
    expect(issuesWith(issues, "value-invalid").map(where)).toEqual([
      { severity: "error", sheet: "Đơn vị", cell: "C2", code: "value-invalid" },
      { severity: "error", sheet: "Đơn vị", cell: "D2", code: "value-invalid" },
    ]);
  });
});

describe("joining by code", () => {
  it("joins rows in any order and rewrites codes to the members' spelling; unknown codes stay as typed", () => {
    const members = sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"], ["KBNN", "Kho bạc"], ["CV", "Cảng vụ"]]);
    const nfd = "Cv".normalize("NFD");
    const rows = targets([
      ["kbnn", "Chi", null, null, 1, 1],
      [nfd, "Thu phí", null, null, 2, 2],
      ["C T", "Thu", null, null, 3, 3],
      ["XYZ", "Lạ", null, null, 4, 4],
    ]);
    const { input, issues } = readBloc(book(rows, members));
    expect(issues).toEqual([]);
    expect(input?.targets.map((t) => [t.memberCode, t.actual])).toEqual([["KBNN", 1], ["CV", 2], ["CT", 3], ["XYZ", 4]]);
  });
});
