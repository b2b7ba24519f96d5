import { renderSummarySheet } from "../../../src/workbook/meeting/render-meeting";
import { dateLine } from "../../../src/workbook/meeting/render-meeting-layout";
import type { RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { withDefaults } from "../../../src/scoring/settings";
import { blocResult, CANG_VU, CUC_THUE, KHO_BAC, unitResult, workedExample } from "./fixtures";

const now = new Date(2025, 2, 5, 14, 0);

function column(sheet: RenderedSheet, header: string): number {
  const j = sheet.values[sheet.headerRow].indexOf(header);
  if (j < 0) throw new Error(`no column ${header}`);
  return j;
}

describe("renderSummarySheet", () => {
  const sheet = renderSummarySheet(workedExample().result, { lang: "vi", now, leaderName: "Nguyễn Văn A" })!;

  test("headed like an administrative document: issuing body left, Quốc hiệu and Tiêu ngữ right, date, then the title", () => {
    expect(sheet.name).toBe("Bảng tổng hợp");
    expect(sheet.values[0][0]).toBe("KHỐI THI ĐUA 17");
    expect(sheet.values[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.values[1]).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(sheet.values[2]).toContain("……, ngày 05 tháng 3 năm 2025");
    const title = sheet.titleRows[0];
    expect(sheet.values[title][0]).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018");
    expect(sheet.titleRows).toEqual([title]);
    expect(sheet.merges).toContainEqual({ range: `A${title + 1}:L${title + 1}`, align: "center" });
  });

  test("the table: STT, Đơn vị, Nội dung I/II/III, Cộng, Trừ, Tổng, %, Xếp loại, Hạng, Ghi chú", () => {
    expect(sheet.values[sheet.headerRow]).toEqual(["STT", "Đơn vị", "Nội dung I", "Nội dung II", "Nội dung III", "Cộng", "Trừ", "Tổng", "%", "Xếp loại", "Hạng", "Ghi chú"]);
    const rows = sheet.values.slice(sheet.headerRow + 1, sheet.tableEndRow! + 1);
    expect(rows.map((r) => [r[0], r[1], r[10]])).toEqual([
      [1, "Cục Thuế tỉnh", 1],
      [2, "Cảng vụ Kiên Giang", 2],
      [3, "Kho bạc Nhà nước CN Kiên Giang", 3],
    ]);
    const kb = rows[2];
    expect(kb[column(sheet, "Trừ")]).toBe(2);
    expect(kb[column(sheet, "Tổng")]).toBeCloseTo(72.1 + 69.72 + 77 + 70 * (10 / 12) + 73.5 - 2, 9);
    expect(rows[0][column(sheet, "Cộng")]).toBe(5);
    expect(rows[0][column(sheet, "Xếp loại")]).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  test("numbers stay numbers with 2 decimals; text cells are text", () => {
    const r = sheet.headerRow + 1;
    expect(typeof sheet.values[r][column(sheet, "%")]).toBe("number");
    expect(sheet.numberFormats[r][column(sheet, "%")]).toBe("0.00");
    expect(sheet.numberFormats[r][column(sheet, "Hạng")]).toBe("0");
    expect(sheet.numberFormats[r][column(sheet, "Đơn vị")]).toBe("@");
    expect(sheet.values.every((row) => row.length === sheet.values[0].length)).toBe(true);
    expect(sheet.numberFormats.map((row) => row.length)).toEqual(sheet.values.map((row) => row.length));
  });

  test("recipients bottom left, the signature block of the Khối trưởng bottom right, below the table", () => {
    const texts = sheet.values.slice(sheet.tableEndRow! + 1).flatMap((r) => r.filter((v) => v !== null));
    expect(texts).toEqual(["Nơi nhận:", "TM. KHỐI THI ĐUA", "- Các đơn vị thành viên Khối;", "KHỐI TRƯỞNG", "- Lưu: Khối.", "(Ký, ghi rõ họ tên, đóng dấu)", "Nguyễn Văn A"]);
    const leaderRow = sheet.values.length;
    const from = sheet.values.at(-1)!.indexOf("Nguyễn Văn A");
    expect(from).toBeGreaterThan(1);
    expect(sheet.merges).toContainEqual({ range: `${String.fromCharCode(65 + from)}${leaderRow}:L${leaderRow}`, align: "center" });
  });

  test("print-ready: landscape, one page wide, the table's header repeated (not the heading)", () => {
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, printTitleFirstRow: sheet.headerRow + 1, printTitleRows: sheet.headerRow + 1 });
    expect(sheet.columnWidths).toHaveLength(12);
  });

  test("in English, without a leader name or a year", () => {
    const settings = withDefaults({ bloc: "" });
    const en = renderSummarySheet(blocResult([unitResult(CUC_THUE, settings)], settings), { lang: "en", now })!;
    expect(en.values[0][0]).toBe("EMULATION BLOC");
    expect(en.values[en.titleRows[0]][0]).toBe("SUMMARY OF EMULATION SCORING RESULTS");
    expect(en.values[en.headerRow].slice(0, 3)).toEqual(["No.", "Member", "Section I"]);
    const texts = en.values.slice(en.tableEndRow! + 1).flatMap((r) => r.filter((v) => v !== null));
    expect(texts).toEqual(["Recipients:", "ON BEHALF OF THE BLOC", "- The bloc's members;", "BLOC LEADER", "- Bloc's records.", "(Signature, full name and seal)"]);
    expect(en.values[2]).toContain("……, 5 March 2025");
  });

  test("unranked members are listed last without rank or grade, with their note", () => {
    const out = unitResult({ code: "X", name: "Cục Thống kê", rank: null, participates: false, total: 0, grade: null, notes: ["Không tham gia xếp hạng"] });
    const s = renderSummarySheet(blocResult([unitResult(CUC_THUE), unitResult(CANG_VU), unitResult(KHO_BAC), out]), { lang: "vi", now })!;
    const last = s.values[s.tableEndRow!];
    expect(last[1]).toBe("Cục Thống kê");
    expect(last[column(s, "Hạng")]).toBeNull();
    expect(last[column(s, "Xếp loại")]).toBeNull();
    expect(last[column(s, "Ghi chú")]).toBe("Không tham gia xếp hạng");
  });

  test("no document from a blocked ranking", () => {
    expect(renderSummarySheet(blocResult([], undefined, true), { lang: "vi", now })).toBeNull();
  });
});

describe("dateLine", () => {
  test("days below 10 and months 1–2 take a leading zero (Nghị định 30/2020)", () => {
    expect(dateLine(new Date(2025, 0, 9), "vi")).toBe("……, ngày 09 tháng 01 năm 2025");
    expect(dateLine(new Date(2025, 10, 20), "vi")).toBe("……, ngày 20 tháng 11 năm 2025");
    expect(dateLine(new Date(2025, 2, 5), "vi")).toBe("……, ngày 05 tháng 3 năm 2025");
  });

  test("the place from Cấu hình (Địa danh) replaces the dots", () => {
    expect(dateLine(new Date(2019, 0, 10), "vi", " Kiên Giang ")).toBe("Kiên Giang, ngày 10 tháng 01 năm 2019");
    expect(dateLine(new Date(2019, 0, 10), "en", "Kiên Giang")).toBe("Kiên Giang, 10 January 2019");
  });
});

describe("the summary paper's page", () => {
  const now = new Date(2019, 0, 10, 9, 0);
  const member = (i: number) => unitResult({ code: `DV${i}`, name: `Đơn vị ${i}`, rank: i, total: 300 - i });

  it("a bloc of a few members is fitted to one page, its signature under the table", () => {
    const sheet = renderSummarySheet(workedExample().result, { lang: "vi", now })!;
    expect(sheet.print.fitToWidth).toBe(true);
    expect(sheet.print.fitOnePage).toBe(true);
  });

  it("a list much longer than a bloc runs on to further pages at its text size", () => {
    const sheet = renderSummarySheet(blocResult(Array.from({ length: 30 }, (_, i) => member(i + 1))), { lang: "vi", now })!;
    expect(sheet.print.fitToWidth).toBe(true);
    expect(sheet.print.fitOnePage).toBe(false);
  });
});
