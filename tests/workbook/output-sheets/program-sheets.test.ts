import { calculateWithExtras } from "../../../src/workbook/extras/extras";
import {
  PROGRAM_SHEETS,
  contractSheetKindOf,
  isProgramSheetName,
  programSheetKindOf,
  programSheetIndex,
  type ProgramSheetKind,
} from "../../../src/workbook/output-sheets/program-sheets";
import { locateSheet } from "../../../src/workbook/reading/locate-sheet";
import { MEMBERS_SHEET } from "../../../src/workbook/reading/aliases";
import { sheet, workedExampleGrid } from "../extras/grids";

describe("the registry of the program's sheets", () => {
  it("holds every kind once, the contract's three first", () => {
    const kinds = PROGRAM_SHEETS.map((s) => s.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.slice(0, 3).sort()).toEqual(["breakdown", "checks", "ranking"]);
    expect(PROGRAM_SHEETS.slice(3).every((s) => s.role !== "contract")).toBe(true);
    for (const s of PROGRAM_SHEETS) expect(programSheetIndex(s.kind)).toBe(kinds.indexOf(s.kind));
  });

  it("recognises the contract's sheets by name alone, in either language and any spelling, never numbered", () => {
    expect(contractSheetKindOf("XẾP HẠNG".normalize("NFD"))).toBe("ranking");
    expect(contractSheetKindOf("Xep\u00a0hang")).toBe("ranking");
    expect(contractSheetKindOf("breakdown")).toBe("breakdown");
    expect(programSheetKindOf({ name: "Kiểm tra", tables: [] })).toBe("checks");
    expect(contractSheetKindOf("Xếp hạng (2)")).toBeNull();
    expect(isProgramSheetName("Xếp hạng (2)")).toBe(false);
  });

  it("recognises an extra sheet by name and signature: an officer's sheet of that name is not the program's", () => {
    expect(programSheetKindOf({ name: "Biểu đồ", tables: ["Table1"] })).toBeNull();
    expect(programSheetKindOf({ name: "Biểu đồ (2)", tables: ["BieuDo_2"] })).toBe("chart");
    // Still never input: the name alone keeps it out of the reader and the snapshot.
    expect(isProgramSheetName("Biểu đồ")).toBe(true);
  });

  it("is where every rendered sheet takes its name and table name from", () => {
    const { outputs, extras } = calculateWithExtras(workedExampleGrid(), { lang: "en", now: new Date(2025, 2, 5, 9, 0) });
    const rendered: [ProgramSheetKind, { name: string; tableName: string }][] = [
      ["ranking", outputs.ranking!],
      ["breakdown", outputs.breakdown!],
      ["checks", outputs.checks],
      ["summary", extras.summary!],
      ["awards", extras.awards!],
      ["chart", extras.chart!.sheet],
      ["history", extras.history],
    ];
    for (const [kind, s] of rendered) {
      const entry = PROGRAM_SHEETS.find((e) => e.kind === kind)!;
      expect([kind, s.name, s.tableName]).toEqual([kind, entry.names.vi, entry.tableName]);
      expect(programSheetKindOf({ name: s.name, tables: [s.tableName] })).toBe(kind);
    }
    expect(extras.historyData.name).toBe(PROGRAM_SHEETS.find((e) => e.kind === "historyData")!.names.vi);
  });

  it("keeps the program's sheets out of the reader, even one named like an input alias in English", () => {
    const members = sheet("Members", [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"]]);
    expect(locateSheet({ sheets: [members] }, MEMBERS_SHEET)?.name).toBe("Members");
    expect(locateSheet({ sheets: [{ ...members, name: "Ranking" }] }, { ...MEMBERS_SHEET, aliases: [...MEMBERS_SHEET.aliases, "Ranking"] })).toBeNull();
  });
});
