import { unzipSync } from "fflate";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";
import { readWorkbookPart } from "../../../src/xlsx/package/workbook-part";
import { openZipPackage, type ZipPackage } from "../../../src/xlsx/package/zip-package";
import { fixtureBytes, rankBytes, RICH_FIXTURES, sheetNames, text } from "./writer-helpers";

/** The only input parts the writer may change (issue 9, item 2). */
const CHANGED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"]);
const PROGRAM_SHEETS = ["Xếp hạng", "Chi tiết điểm", "Kiểm tra", "Bảng tổng hợp (2)", "Đề nghị khen thưởng", "Biểu đồ", "Lịch sử tính điểm", "_ktd_lich_su"];

function entryNames(pkg: ZipPackage): string[] {
  return pkg.entries.map((e) => e.name);
}

describe.each(RICH_FIXTURES)("writeProgramSheets on %s", (fixture) => {
  const input = fixtureBytes(fixture);
  const inputPkg = openZipPackage(input, fixture);
  const { written, output, calculation } = rankBytes(input);

  it("copies every other part of the input byte for byte: the same compressed entry and the same content", () => {
    const kept = inputPkg.entries.filter((e) => !CHANGED.has(e.name));
    expect(kept.length).toBeGreaterThan(10);
    for (const entry of kept) {
      const out = output.entry(entry.name);
      expect(out).toBeDefined();
      expect({ name: entry.name, method: out!.method, crc: out!.crc32, size: out!.size }).toEqual({ name: entry.name, method: entry.method, crc: entry.crc32, size: entry.size });
      expect(Buffer.from(output.raw(entry.name)).equals(Buffer.from(inputPkg.raw(entry.name)))).toBe(true);
      expect(Buffer.from(output.read(entry.name)).equals(Buffer.from(inputPkg.read(entry.name)))).toBe(true);
    }
  });

  it("is a zip any reader opens (fflate inflates every entry)", () => {
    const files = unzipSync(written.bytes);
    expect(Object.keys(files).sort()).toEqual(entryNames(output).sort());
  });

  it("adds the program's sheets after the officer's, the data sheet hidden, the officer's 'Bảng tổng hợp' kept", () => {
    const before = sheetNames(input);
    expect(sheetNames(written.bytes)).toEqual([...before, ...PROGRAM_SHEETS]);
    const grid = openWorkbook(written.bytes, "out", { wanted: () => true }).grid;
    expect(grid.sheets.filter((s) => s.visible === false).map((s) => s.name)).toEqual(["_ktd_lich_su"]);
    expect(grid.sheets.find((s) => s.name === "Bảng tổng hợp")!.rows[0][0]).toBe("Bảng tổng hợp của cán bộ (không phải của chương trình)");
    expect(written.notes.map((n) => n.vi).join(" ")).toContain("'Bảng tổng hợp (2)'");
    expect(written.replaced).toEqual([]);
  });

  it("keeps the officer's workbook settings: defined names, external references, pivot caches, macros' content type", () => {
    const workbook = text(output, "xl/workbook.xml");
    expect(workbook).toContain(">'Chỉ tiêu'!$C$2:$C$7</definedName>");
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">'Đơn vị'!\$A\$1:\$C\$4<\/definedName>/);
    if (fixture !== "writer-rich-libreoffice.xlsx") {
      expect(workbook).toContain('<externalReference r:id="rIdEx1"/>');
      expect(workbook).toContain('<pivotCache cacheId="1" r:id="rIdPc1"/>');
    }
    const types = text(output, "[Content_Types].xml");
    const rels = text(output, "xl/_rels/workbook.xml.rels");
    if (fixture.endsWith(".xlsm")) {
      expect(types).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
      expect(rels).toContain('Target="vbaProject.bin"');
    }
    for (const part of entryNames(inputPkg)) expect(output.has(part)).toBe(true);
  });

  it("gives each program sheet its print titles, local to its own tab position", () => {
    const workbook = text(output, "xl/workbook.xml");
    const names = sheetNames(written.bytes);
    const sheets = [calculation.outputs.ranking!, calculation.outputs.breakdown!, { ...calculation.extras.summary!, name: "Bảng tổng hợp (2)" }];
    for (const sheet of sheets) {
      const { printTitleFirstRow, printTitleRows } = sheet.print;
      expect(printTitleRows).toBeGreaterThan(0);
      const rows = `$${printTitleFirstRow ?? 1}:$${printTitleRows}`;
      expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${names.indexOf(sheet.name)}">'${sheet.name}'!${rows}</definedName>`);
    }
  });

  it("writes text as inline strings: the shared strings stay as they were", () => {
    if (inputPkg.has("xl/sharedStrings.xml")) expect(Buffer.from(output.raw("xl/sharedStrings.xml")).equals(Buffer.from(inputPkg.raw("xl/sharedStrings.xml")))).toBe(true);
    const part = partOf(output, "Xếp hạng");
    expect(text(output, part)).toContain('t="inlineStr"');
    expect(text(output, part)).not.toContain('t="s"');
  });

  it("appends the new formats after the existing ones: every style index the officer's cells use is unchanged", () => {
    const before = text(inputPkg, "xl/styles.xml");
    const after = text(output, "xl/styles.xml");
    for (const collection of ["fonts", "fills", "borders", "cellXfs", "cellStyleXfs"]) {
      const items = (xml: string) => new RegExp(`<${collection}[^>]*>([\\s\\S]*?)</${collection}>`).exec(xml)?.[1] ?? "";
      expect(items(after).startsWith(items(before))).toBe(true);
    }
  });
});

describe("re-ranking the output", () => {
  const first = rankBytes(fixtureBytes("writer-rich-openpyxl.xlsx"));
  const second = rankBytes(first.written.bytes, new Date(2019, 0, 11, 9, 0));

  it("replaces the program's sheets in place: same tab positions, no 'Xếp hạng (2)', the officer's sheet kept", () => {
    expect(sheetNames(second.written.bytes)).toEqual(sheetNames(first.written.bytes));
    expect(second.written.replaced).toEqual(PROGRAM_SHEETS);
  });

  it("removes the old sheets' own parts and leaves no part behind: the package has the same parts", () => {
    expect(entryNames(second.output).sort()).toEqual(entryNames(first.output).sort());
    for (const name of ["xl/media/logo1.png", "xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/vbaProject.bin"].filter((n) => first.output.has(n))) {
      expect(Buffer.from(second.output.raw(name)).equals(Buffer.from(first.output.raw(name)))).toBe(true);
    }
  });

  it("keeps a table name per program sheet (the old table goes with its sheet)", () => {
    const tables = (pkg: ZipPackage) => entryNames(pkg).filter((n) => n.startsWith("xl/tables/")).map((n) => /name="([^"]+)"/.exec(text(pkg, n))![1]).sort();
    expect(tables(second.output)).toEqual(tables(first.output));
  });

  it("carries the history on: the hidden sheet of the second holds two calculations", () => {
    const grid = openWorkbook(second.written.bytes, "out", { wanted: () => true }).grid;
    const history = grid.sheets.find((s) => s.name === "Lịch sử tính điểm")!;
    expect(second.calculation.extras.snapshots).toHaveLength(2);
    expect(history.rows.flat().filter((v) => typeof v === "string" && v.includes("11/01/2019")).length).toBeGreaterThan(0);
  });
});

describe("reading the output back", () => {
  it("gives the rendered values of every program sheet", () => {
    const { calculation, written } = rankBytes(fixtureBytes("writer-rich-libreoffice.xlsx"));
    const grid = openWorkbook(written.bytes, "out", { wanted: () => true }).grid;
    const rendered = [calculation.outputs.ranking!, calculation.outputs.breakdown!, calculation.outputs.checks, calculation.extras.history];
    for (const sheet of rendered) {
      const read = grid.sheets.find((s) => s.name === sheet.name)!;
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = read.rows[r + 1 - read.originRow]?.[c + 1 - read.originCol] ?? null;
          expect({ at: `${sheet.name}!${r},${c}`, value: cell === "" ? null : cell }).toEqual({ at: `${sheet.name}!${r},${c}`, value: value === "" ? null : value });
        }),
      );
    }
  });
});

function partOf(pkg: ZipPackage, sheet: string): string {
  return readWorkbookPart(pkg, "output.xlsx").sheets.find((s) => s.name === sheet)!.part as string;
}
