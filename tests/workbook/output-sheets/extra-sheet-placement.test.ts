import { calculateWithExtras } from "../../../src/workbook/extras/extras";
import {
  EXTRA_SHEET_SIGNATURES,
  existingSheetsOfGrid,
  extraSheetKindOf,
  isProgramsExtraSheet,
  keptSheetNote,
  placeExtraSheet,
  type ExistingSheet,
} from "../../../src/workbook/output-sheets/extra-sheet-placement";
import { isProgramSheet } from "../../../src/workbook/history/history-names";
import { workedExampleGrid } from "../extras/grids";

const officer = (name: string): ExistingSheet => ({ name, tables: ["Table1"] });
const ours = (name: string, table: string): ExistingSheet => ({ name, tables: [table] });

describe("placeExtraSheet", () => {
  it("writes under the Vietnamese name when no sheet holds it", () => {
    expect(placeExtraSheet("summary", [officer("Đơn vị")])).toEqual({ kind: "summary", name: "Bảng tổng hợp", replaces: [], keptOfficerSheet: null });
  });

  it("replaces the program's earlier sheet, under either language, whatever the case or Unicode form", () => {
    const existing = [ours("BẢNG TỔNG HỢP".normalize("NFD"), "BangTongHop"), ours("Summary", "BangTongHop2")];
    expect(placeExtraSheet("summary", existing)).toEqual({ kind: "summary", name: "Bảng tổng hợp", replaces: existing.map((s) => s.name), keptOfficerSheet: null });
  });

  it("keeps an officer's sheet of the same name and writes to the first free '(n)'", () => {
    const placement = placeExtraSheet("chart", [officer("biểu đồ"), officer("Biểu đồ (2)")]);
    expect(placement).toEqual({ kind: "chart", name: "Biểu đồ (3)", replaces: [], keptOfficerSheet: "biểu đồ" });
    expect(keptSheetNote(placement)?.vi).toContain("Trang 'biểu đồ' là của cán bộ");
    expect(keptSheetNote(placement)?.en).toContain("wrote its sheet to 'Biểu đồ (3)'");
  });

  it("finds its own '(2)' sheet beside the officer's and replaces it there", () => {
    const existing = [officer("Bảng tổng hợp"), ours("Bảng tổng hợp (2)", "BangTongHop_2")];
    expect(placeExtraSheet("summary", existing)).toEqual({ kind: "summary", name: "Bảng tổng hợp (2)", replaces: ["Bảng tổng hợp (2)"], keptOfficerSheet: "Bảng tổng hợp" });
  });

  it("leaves an officer's sheet under the English name alone and writes the Vietnamese one, with nothing to tell", () => {
    const placement = placeExtraSheet("history", [officer("Calculation history")]);
    expect(placement).toEqual({ kind: "history", name: "Lịch sử tính điểm", replaces: [], keptOfficerSheet: null });
    expect(keptSheetNote(placement)).toBeNull();
  });

  it("never counts another kind's table or a table that only starts like ours", () => {
    expect(isProgramsExtraSheet("summary", ours("Bảng tổng hợp", "BieuDo"))).toBe(false);
    expect(isProgramsExtraSheet("summary", ours("Bảng tổng hợp", "BangTongHopCuaToi"))).toBe(false);
    expect(isProgramsExtraSheet("summary", ours("Bảng tổng hợp", "bangtonghop_12"))).toBe(true);
  });

  it("knows the hidden history by its marker; a sheet only named so, or one whose cells were not read, is not the program's", () => {
    const marker = { name: "_ktd_lich_su", tables: [], content: { a1: "ktd-lich-su", empty: false } };
    expect(placeExtraSheet("historyData", [marker]).replaces).toEqual(["_ktd_lich_su"]);
    expect(placeExtraSheet("historyData", [{ ...marker, content: { a1: "", empty: true } }]).replaces).toEqual(["_ktd_lich_su"]);
    expect(placeExtraSheet("historyData", [{ ...marker, content: { a1: "ghi chú", empty: false } }]).name).toBe("_ktd_lich_su (2)");
    expect(placeExtraSheet("historyData", [{ name: "_ktd_lich_su", tables: [] }]).name).toBe("_ktd_lich_su (2)");
  });
});

describe("the signatures match what the renderers write", () => {
  it("each extra sheet's rendered table name and history marker is recognised as the program's", () => {
    const { extras } = calculateWithExtras(workedExampleGrid(), { lang: "vi", now: new Date(2025, 2, 5, 9, 0) });
    const rendered = { summary: extras.summary!, awards: extras.awards!, chart: extras.chart!.sheet, history: extras.history };
    for (const [kind, sheet] of Object.entries(rendered) as [keyof typeof rendered, (typeof rendered)["summary"]][]) {
      expect(sheet.name).toBe(EXTRA_SHEET_SIGNATURES[kind].names.vi);
      expect(extraSheetKindOf({ name: sheet.name, tables: [sheet.tableName] })).toBe(kind);
    }
    const data = { name: extras.historyData.name, rows: extras.historyData.rows, originRow: 1, originCol: 1 };
    expect(existingSheetsOfGrid({ sheets: [data] }).map(extraSheetKindOf)).toEqual(["historyData"]);
  });
});

describe("existingSheetsOfGrid", () => {
  it("gives the cells of the sheets read and none for those read by name only (never mistaken for empty)", () => {
    const grid = {
      sheets: [
        { name: "A", rows: [["x", null]], originRow: 1, originCol: 1, tables: [{ name: "T", range: "A1:B2" }] },
        { name: "B", rows: [], originRow: 1, originCol: 1 },
        { name: "C", rows: [[null, "y"]], originRow: 3, originCol: 1 },
      ],
    };
    expect(existingSheetsOfGrid(grid, (name) => name !== "B")).toEqual([
      { name: "A", tables: ["T"], content: { a1: "x", empty: false } },
      { name: "B", tables: [] },
      { name: "C", tables: [], content: { a1: null, empty: false } },
    ]);
  });
});

describe("isProgramSheet", () => {
  it("counts the program's '(n)' extra sheets, never numbered officer sheets of other names", () => {
    expect(isProgramSheet("Bảng tổng hợp (2)")).toBe(true);
    expect(isProgramSheet("Chart (3)")).toBe(true);
    expect(isProgramSheet("Đơn vị (2)")).toBe(false);
    expect(isProgramSheet("Xếp hạng (2)")).toBe(false);
  });
});
