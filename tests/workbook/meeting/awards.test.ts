import { renderAwardProposalSheet } from "../../../src/workbook/meeting/render-meeting";
import type { RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { blocResult, CANG_VU, CUC_THUE, KHO_BAC, unitResult, workedExample, type UnitSpec } from "./fixtures";

const now = new Date(2025, 2, 5);

function tableRows(sheet: RenderedSheet) {
  return sheet.values.slice(sheet.headerRow + 1, sheet.tableEndRow! + 1);
}

function textsAfterTable(sheet: RenderedSheet) {
  return sheet.values.slice(sheet.tableEndRow! + 1).flatMap((r) => r.filter((v) => v !== null));
}

/** The signature block: the right half of the lines after the table (the recipients are on the left). */
function signature(sheet: RenderedSheet) {
  return sheet.values.slice(sheet.tableEndRow! + 1).flatMap((r) => r.slice(2).filter((v) => v !== null));
}

describe("renderAwardProposalSheet", () => {
  test("Cờ thi đua first, then Bằng khen, with points, percent and grounds", () => {
    const sheet = renderAwardProposalSheet(workedExample().result, { lang: "vi", now })!;
    expect(sheet.name).toBe("Đề nghị khen thưởng");
    expect(sheet.values[sheet.titleRows[0]][0]).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(sheet.values[sheet.titleRows[1]][0]).toBe("(Theo kết quả chấm điểm thi đua năm 2018)");
    expect(sheet.values[0][0]).toBe("KHỐI THI ĐUA 17");
    expect(sheet.values[sheet.headerRow]).toEqual(["STT", "Đơn vị", "Hình thức khen thưởng", "Tổng điểm", "Tỷ lệ (%)", "Hạng", "Lý do đề nghị", "Ghi chú"]);
    const rows = tableRows(sheet);
    expect(rows.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      [1, "Cục Thuế tỉnh", "Cờ thi đua", 1],
      [2, "Cảng vụ Kiên Giang", "Bằng khen", 2],
      [3, "Kho bạc Nhà nước CN Kiên Giang", "Bằng khen", 3],
    ]);
    expect(rows[0][4]).toBeCloseTo(103.7346938776, 8);
    expect(rows[0][6]).toBe("Xếp hạng 1/3 của khối; Hoàn thành xuất sắc nhiệm vụ");
    expect(textsAfterTable(sheet)[0]).toBe("Tổng cộng đề nghị: Cờ thi đua: 1, Bằng khen: 2.");
    expect(signature(sheet)).toEqual(["TM. KHỐI THI ĐUA", "KHỐI TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"]);
    // Eight columns fit a portrait A4 page, the usual form of a proposal list.
    expect(sheet.print.landscape).toBe(false);
    expect(sheet.print.fitToWidth).toBe(true);
  });

  test("a flag out of rank order in the result still comes first", () => {
    const first: UnitSpec = { ...CUC_THUE, award: "merit" };
    const second: UnitSpec = { ...CANG_VU, award: "flag", violations: [] };
    const rows = tableRows(renderAwardProposalSheet(blocResult([unitResult(first), unitResult(second)]), { lang: "vi", now })!);
    expect(rows.map((r) => r[1])).toEqual(["Cảng vụ Kiên Giang", "Cục Thuế tỉnh"]);
  });

  test("members without an award, and unranked ones, are not listed", () => {
    const none: UnitSpec = { ...KHO_BAC, award: null };
    const out: UnitSpec = { code: "X", name: "X", rank: null, participates: false, total: 0, grade: null };
    const rows = tableRows(renderAwardProposalSheet(blocResult([unitResult(CUC_THUE), unitResult(none), unitResult(out)]), { lang: "vi", now })!);
    expect(rows.map((r) => r[1])).toEqual(["Cục Thuế tỉnh"]);
  });

  test("nobody qualifying: one line saying so, still signed", () => {
    const sheet = renderAwardProposalSheet(blocResult([unitResult({ ...KHO_BAC, award: null })]), { lang: "en", now, leaderName: "Trần Thị B" })!;
    expect(sheet.values[sheet.titleRows[0]][0]).toBe("AWARD PROPOSALS");
    expect(tableRows(sheet)[0][0]).toBe("No member qualifies for an award proposal.");
    expect(sheet.merges).toContainEqual({ range: `A${sheet.headerRow + 2}:H${sheet.headerRow + 2}`, align: "left" });
    expect(signature(sheet)).toEqual(["ON BEHALF OF THE BLOC", "BLOC LEADER", "(Signature, full name and seal)", "Trần Thị B"]);
  });

  test("English texts", () => {
    const sheet = renderAwardProposalSheet(workedExample().result, { lang: "en", now })!;
    const rows = tableRows(sheet);
    expect(rows[0][2]).toBe("Emulation flag");
    expect(rows[0][6]).toBe("Ranked 1 of 3; Excellently completed duties");
    expect(textsAfterTable(sheet)[0]).toBe("Proposed in total: Emulation flag: 1, Certificate of merit: 2.");
  });

  test("no document from a blocked ranking", () => {
    expect(renderAwardProposalSheet(blocResult([], undefined, true), { lang: "vi", now })).toBeNull();
  });
});
