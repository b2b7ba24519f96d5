import { parseAdjustmentKind, parseRating, parseScoringMethod, parseSection, parseYesNo } from "../../../src/workbook/reading/words";
import { readBloc } from "../../../src/workbook/reading/read";
import { book, sheet, targets, theIssue, where } from "./grids";

describe("rating words", () => {
  it.each([
    ["Xuất sắc", "excellent"],
    ["XS", "excellent"],
    ["xuat sac", "excellent"],
    ["Hoàn thành xuất sắc", "excellent"],
    ["Hoàn thành xuất sắc nhiệm vụ", "excellent"],
    ["Hoàn thành xuất sắc (nhiệm vụ)", "excellent"],
    ["Tốt", "good"],
    ["Hoàn thành tốt", "good"],
    ["Khá", "fair"],
    ["Trung bình", "average"],
    ["TB", "average"],
  ])("reads %j as %s", (typed, rating) => {
    expect(parseRating(typed)).toBe(rating);
  });

  it("does not read 'Tốt nghiệp' or 'Kém' as a rating", () => {
    expect(parseRating("Tốt nghiệp")).toBeUndefined();
    expect(parseRating("Kém")).toBeUndefined();
  });

  it("reads an empty rating as null in the members sheet", () => {
    const members = sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Xếp loại CCHC"], ["CT", "Cục Thuế", "-"]]);
    const { input, issues } = readBloc(book(members, targets([["CT", "Thu", null, null, 1, 1]])));
    expect(issues).toEqual([]);
    expect(input?.members[0].cchcRating).toBeNull();
  });
});

describe("yes/no", () => {
  it.each(["Có", "có", "x", "X", "Yes", "TRUE", "1"])("reads %j as yes", (typed) => expect(parseYesNo(typed)).toBe(true));
  it.each(["Không", "No", "FALSE", "false", "0"])("reads %j as no", (typed) => expect(parseYesNo(typed)).toBe(false));

  it("reads real booleans and numbers, and defaults when empty (eligible: no, participates: yes)", () => {
    const members = sheet("Đơn vị", [
      ["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Tham gia"],
      ["A", "a", true, 0],
      ["B", "b", 1, false],
      ["C", "c", null, null],
    ]);
    const { input } = readBloc(book(members, targets([["A", "Thu", null, null, 1, 1]])));
    expect(input?.members.map((m) => [m.code, m.cchcEligible, m.participates])).toEqual([["A", true, false], ["B", true, false], ["C", false, true]]);
  });
});

describe("other vocabularies", () => {
  it.each([
    ["I", "I"],
    ["II", "II"],
    ["1", "I"],
    ["2", "II"],
    ["Nội dung I", "I"],
    ["ND 2", "II"],
    ["nội dung 3", "III"],
    ["ND2", "II"],
  ])("reads the section %j as %s", (typed, roman) => expect(parseSection(typed)).toBe(roman));

  it("rejects a section that is not a number", () => expect(parseSection("Phần đầu")).toBeUndefined());

  it.each([["Chỉ tiêu", "targets"], ["Chấm điểm", "direct"], ["Direct", "direct"], ["targets", "targets"]])("reads the method %j as %s", (typed, method) =>
    expect(parseScoringMethod(typed)).toBe(method),
  );

  it.each([["Cộng", "bonus"], ["trừ điểm", "deduction"], ["−", "deduction"], ["Giảm giá", undefined]])("reads the kind %j as %s", (typed, kind) =>
    expect(parseAdjustmentKind(typed)).toBe(kind),
  );
});

describe("target details", () => {
  it("reads STT, criterion, notes and a self-score, with every field's cell in source", () => {
    const rows = sheet("Chỉ tiêu", [
      ["STT", "Mã đơn vị", "Tiêu chí", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện", "Điểm tự chấm", "Ghi chú"],
      [1, "CT", null, "Thu ngân sách", "tỷ đồng", "Tăng", 9000, 9450, "73,5", "đã đối chiếu"],
    ]);
    const { input, issues } = readBloc(book(sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"]]), rows));
    expect(issues).toEqual([]);
    expect(input?.targets).toEqual([
      {
        memberCode: "CT", criterionCode: "1", no: "1", name: "Thu ngân sách", unit: "tỷ đồng", direction: "increase", plan: 9000, actual: 9450, selfScore: 73.5, notes: "đã đối chiếu",
        source: { sheet: "Chỉ tiêu", row: 2, cells: { no: "A2", code: "B2", criterion: "C2", name: "D2", unit: "E2", direction: "F2", plan: "G2", actual: "H2", selfScore: "I2", notes: "J2" } },
      },
    ]);
  });

  it("only warns about an unreadable self-score (it is never used for the ranking)", () => {
    const rows = sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện", "Điểm tự chấm"], ["CT", "Thu", 1, 1, "đủ"]]);
    const { input, issues } = readBloc(book(sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"]]), rows));
    expect(input?.targets[0].selfScore).toBeNull();
    expect(where(theIssue(issues, "value-invalid"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "E2", code: "value-invalid" });
  });

  it("reports a target without a name", () => {
    const { issues } = readBloc(book(sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"]]), targets([["CT", null, null, null, 1, 1]])));
    expect(where(theIssue(issues, "value-missing"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "B2", code: "value-missing" });
  });
});
