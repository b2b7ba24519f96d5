import { renderChecks } from "../../../src/workbook/rendering/render-checks";
import { bloc, issue, NOW } from "./fixtures";
import { columnFormats, columnValues, headers } from "./sheet-helpers";

const vi = { lang: "vi" as const, now: NOW };

describe("renderChecks", () => {
  it("has the contract's columns and a single 'Không có lỗi' row when clean", () => {
    const sheet = renderChecks(bloc(), vi);
    expect(sheet.name).toBe("Kiểm tra");
    expect(headers(sheet)).toEqual(["Mức độ", "Trang tính", "Ô", "Nội dung"]);
    expect(sheet.values.slice(sheet.headerRow + 1)).toEqual([[null, null, null, "Không có lỗi"]]);
  });

  it("says 'No problems found' in English", () => {
    const sheet = renderChecks(bloc(), { lang: "en", now: NOW });
    expect(headers(sheet)).toEqual(["Severity", "Sheet", "Cell", "Message"]);
    expect(columnValues(sheet, "Message")).toEqual(["No problems found"]);
  });

  it("lists errors before warnings, each in workbook order (sheet, then row, then column)", () => {
    const issues = [
      issue({ severity: "warning", sheet: "Đơn vị", cell: "C4", message: { vi: "w1", en: "w1" } }),
      issue({ severity: "error", sheet: "Chỉ tiêu", cell: "H10", message: { vi: "e3", en: "e3" } }),
      issue({ severity: "error", sheet: "Đơn vị", cell: "B9", message: { vi: "e1", en: "e1" } }),
      issue({ severity: "error", sheet: "Chỉ tiêu", cell: "H9", message: { vi: "e2", en: "e2" } }),
      issue({ severity: "warning", sheet: "Đơn vị", cell: "A4", message: { vi: "w0", en: "w0" } }),
      issue({ severity: "error", sheet: "Chỉ tiêu", cell: "", code: "sheet-empty", message: { vi: "e-sheet", en: "e-sheet" } }),
    ];
    const sheet = renderChecks(bloc({ issues, blocked: true, units: [] }), vi);
    expect(columnValues(sheet, "Nội dung")).toEqual(["e1", "e-sheet", "e2", "e3", "w0", "w1"]);
    expect(columnValues(sheet, "Mức độ")).toEqual(["Lỗi", "Lỗi", "Lỗi", "Lỗi", "Cảnh báo", "Cảnh báo"]);
    expect(columnValues(sheet, "Ô")).toEqual(["B9", null, "H9", "H10", "A4", "C4"]);
    expect(columnValues(sheet, "Trang tính")[0]).toBe("Đơn vị");
  });

  it("keeps a message that looks like a formula as text", () => {
    const sheet = renderChecks(bloc({ issues: [issue({ message: { vi: "=SUM(A1)", en: "=SUM(A1)" } })] }), vi);
    expect(columnValues(sheet, "Nội dung")).toEqual(["=SUM(A1)"]);
    expect(columnFormats(sheet, "Nội dung")).toEqual(["@"]);
  });
});
