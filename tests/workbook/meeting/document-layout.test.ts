import { renderAwardProposalSheet, renderSummarySheet } from "../../../src/workbook/meeting/render-meeting";
import { issuerName } from "../../../src/workbook/meeting/document-heading";
import { fontResolver } from "../../../src/workbook/rendering/cell-fonts";
import type { RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { columnsPixels, printablePixels } from "../../../src/workbook/rendering/page-fit";
import { LINE_HEIGHT, serifLineCount, wrappedRowHeights } from "../../../src/workbook/rendering/row-heights";
import { withDefaults } from "../../../src/scoring/settings";
import { blocResult, CANG_VU, CUC_THUE, KHO_BAC, unitResult, workedExample } from "./fixtures";

const now = new Date(2019, 0, 10);

function cellOf(sheet: RenderedSheet, text: string): { row: number; col: number } {
  const row = sheet.values.findIndex((r) => r.includes(text));
  if (row < 0) throw new Error(`no cell "${text}"`);
  return { row, col: sheet.values[row].indexOf(text) };
}

function fontOf(sheet: RenderedSheet, text: string) {
  const { row, col } = cellOf(sheet, text);
  return fontResolver(sheet)!(row, col);
}

describe("meeting documents follow Nghị định 30/2020's layout", () => {
  const settings = withDefaults({ year: 2018, bloc: "Khối 17 — Các cơ quan ngành dọc", place: "Kiên Giang" });
  const result = { ...workedExample(settings).result, settings, bloc: settings.bloc };
  const summary = renderSummarySheet(result, { lang: "vi", now, leaderName: "Nguyễn Văn A" })!;
  const awards = renderAwardProposalSheet(result, { lang: "vi", now })!;

  test.each([
    ["summary", summary],
    ["award proposal", awards],
  ])("the %s: issuing body top left, Quốc hiệu and Tiêu ngữ top right, place and date under them", (_, sheet) => {
    expect(cellOf(sheet, "KHỐI THI ĐUA 17 — CÁC CƠ QUAN NGÀNH DỌC")).toEqual({ row: 0, col: 0 });
    const nation = cellOf(sheet, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(nation.row).toBe(0);
    expect(nation.col).toBeGreaterThan(0);
    expect(cellOf(sheet, "Độc lập - Tự do - Hạnh phúc")).toEqual({ row: 1, col: nation.col });
    expect(cellOf(sheet, "Kiên Giang, ngày 10 tháng 01 năm 2019")).toEqual({ row: 2, col: nation.col });
    // Each half is merged over its columns, the national heading to the table's last column.
    const last = String.fromCharCode(64 + sheet.columnWidths.length);
    expect(sheet.merges).toContainEqual({ range: `${String.fromCharCode(65 + nation.col)}1:${last}1`, align: "center" });
    expect(sheet.merges).toContainEqual({ range: `A1:${String.fromCharCode(64 + nation.col)}1`, align: "center" });
  });

  test("Times New Roman in the convention's sizes: Quốc hiệu bold 12, Tiêu ngữ bold 13 underlined, date italic 13, title bold 14, table 12", () => {
    expect(summary.font).toEqual({ name: "Times New Roman", size: 13 });
    expect(fontOf(summary, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual({ name: "Times New Roman", size: 12, bold: true });
    expect(fontOf(summary, "Độc lập - Tự do - Hạnh phúc")).toEqual({ name: "Times New Roman", size: 13, bold: true, underline: true });
    expect(fontOf(summary, "Kiên Giang, ngày 10 tháng 01 năm 2019")).toMatchObject({ size: 13, italic: true });
    expect(fontOf(summary, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018")).toMatchObject({ size: 14, bold: true });
    expect(fontOf(summary, "Đơn vị")).toMatchObject({ size: 12, bold: true });
    expect(fontOf(summary, "Cục Thuế tỉnh")).toEqual({ name: "Times New Roman", size: 12 });
    expect(fontOf(summary, "TM. KHỐI THI ĐUA")).toMatchObject({ size: 13, bold: true });
    expect(fontOf(summary, "Nguyễn Văn A")).toMatchObject({ size: 13, bold: true });
    const sizes = (summary.fonts ?? []).map((f) => f.font.size ?? 13);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  test("the signature block leaves room to sign between the leader's title and name", () => {
    const leader = cellOf(summary, "Nguyễn Văn A").row;
    const space = summary.rowHeights!.find((h) => h.row === leader - 1);
    expect(space?.points).toBeGreaterThanOrEqual(60);
    expect(cellOf(summary, "(Ký, ghi rõ họ tên, đóng dấu)").row).toBe(leader - 2);
  });

  test("the table fills the width of A4 between the margins: landscape for the summary's 12 columns, portrait for the proposal's 8", () => {
    for (const sheet of [summary, awards]) {
      const page = printablePixels(sheet.print.landscape, sheet.print.marginsMm!);
      expect(columnsPixels(sheet.columnWidths)).toBeLessThanOrEqual(page);
      expect(columnsPixels(sheet.columnWidths)).toBeGreaterThan(page * 0.97);
    }
    expect(summary.print.landscape).toBe(true);
    expect(awards.print.landscape).toBe(false);
    expect(awards.print.marginsMm).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
  });

  test("a bloc with many Nội dung: the summary shrinks its wrapping columns first, never below their minimum", () => {
    const wide = renderSummarySheet({ ...result, sections: ["I", "II", "III", "IV", "V", "VI"] }, { lang: "vi", now })!;
    const member = wide.values[wide.headerRow].indexOf("Đơn vị");
    expect(wide.columnWidths[member]).toBeLessThan(summary.columnWidths[member]);
    expect(wide.columnWidths[member]).toBeGreaterThanOrEqual(22);
  });

  test("only the table's header row repeats on the next pages", () => {
    expect(summary.print.printTitleFirstRow).toBe(summary.headerRow + 1);
    expect(summary.print.printTitleRows).toBe(summary.headerRow + 1);
  });

  test("without a place, the date line leaves dots for the officer to write", () => {
    const plain = renderSummarySheet(blocResult([unitResult(CUC_THUE), unitResult(CANG_VU), unitResult(KHO_BAC)]), { lang: "vi", now })!;
    expect(plain.values[2]).toContain("……, ngày 10 tháng 01 năm 2019");
  });
});

describe("issuerName", () => {
  test("the Khối setting in capitals, as the issuing body", () => {
    expect(issuerName("Khối 17", "vi")).toBe("KHỐI THI ĐUA 17");
    expect(issuerName("Khối thi đua các cơ quan Đảng", "vi")).toBe("KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG");
    expect(issuerName("Cụm thi đua số 3", "vi")).toBe("CỤM THI ĐUA SỐ 3");
    expect(issuerName("Cụm 3", "vi")).toBe("CỤM THI ĐUA 3");
    expect(issuerName("các sở ngành", "vi")).toBe("KHỐI THI ĐUA CÁC SỞ NGÀNH");
    expect(issuerName("  ", "vi")).toBe("KHỐI THI ĐUA");
    expect(issuerName("", "en")).toBe("EMULATION BLOC");
  });
});

describe("meeting papers' columns and rows hold their text (nothing to retype before signing)", () => {
  const settings = withDefaults({ year: 2018, bloc: "Khối 17", place: "Kiên Giang" });
  const base = workedExample(settings).result;
  const long = "Không xét Cờ do vi phạm: Có 01 công chức bị kỷ luật khiển trách trong năm";
  const result = { ...base, settings, bloc: settings.bloc, units: base.units.map((u, i) => (i === 0 ? { ...u, notes: [{ vi: long, en: long }] } : u)) };
  const sheets = [renderSummarySheet(result, { lang: "vi", now })!, renderAwardProposalSheet(result, { lang: "vi", now })!];

  test.each(sheets.map((s) => [s.name, s] as const))("%s: no header breaks inside a word", (_, sheet) => {
    sheet.values[sheet.headerRow].forEach((header, col) => {
      if (typeof header !== "string") return;
      for (const word of header.split(/\s+/)) expect([word, serifLineCount(word, sheet.columnWidths[col], 12, true)]).toEqual([word, 1]);
    });
  });

  test.each(sheets.map((s) => [s.name, s] as const))("%s: every table row is as tall as its most wrapped cell", (_, sheet) => {
    const heights = wrappedRowHeights(sheet);
    for (let r = sheet.headerRow + 1; r <= sheet.tableEndRow!; r++) {
      const lines = Math.max(...sheet.values[r].map((v, col) => serifLineCount(v, sheet.columnWidths[col], 12)));
      expect(heights.get(r) ?? LINE_HEIGHT).toBeGreaterThanOrEqual(lines * 14);
    }
  });

  test("the grade (the longest text of every row) gets the width to take two lines, not three", () => {
    const sheet = sheets[0];
    const grade = sheet.values[sheet.headerRow].indexOf("Xếp loại");
    expect(serifLineCount("Hoàn thành xuất sắc nhiệm vụ", sheet.columnWidths[grade], 12)).toBe(2);
  });
});
