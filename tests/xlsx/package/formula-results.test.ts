import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../../src/workbook/grid";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";

const readWorkbookBuffer = (bytes: Uint8Array) => openWorkbook(bytes, "workbook", { wanted: () => true });

const NO_RESULT: CellValue = { error: FORMULA_WITHOUT_RESULT };

/**
 * Formula cells written by hand exactly as each program saves them (Excel, ExcelJS, openpyxl), because
 * ExcelJS's own loaded model cannot tell several of them apart; `sheets` maps sheet name → row XML.
 */
async function handWritten(sheets: Record<string, string>, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of Object.keys(sheets)) wb.addWorksheet(name).getCell("Z1").value = 1;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const names = Object.keys(sheets);
  for (let i = 0; i < names.length; i++) {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(path)!.async("string");
    zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${sheets[names[i]]}</sheetData>`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression });
}

/** sheet1.xml holds the second sheet and sheet2.xml the first, as after a reordering of tabs in Excel. */
async function swapSheetParts(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const [first, second] = await Promise.all([1, 2].map((n) => zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string")));
  zip.file("xl/worksheets/sheet1.xml", second);
  zip.file("xl/worksheets/sheet2.xml", first);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace(/worksheets\/sheet([12])\.xml/g, (_, n) => `worksheets/sheet${n === "1" ? 2 : 1}.xml`));
  return zip.generateAsync({ type: "nodebuffer" });
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

/** One cell per row in column A: [XML of the cell, the value the reader must get]. */
const CASES: Array<[string, string, CellValue]> = [
  ["Excel: cached 0", `<c r="A1"><f>B1*0</f><v>0</v></c>`, 0],
  ["Excel: cached FALSE", `<c r="A2" t="b"><f>B2&lt;0</f><v>0</v></c>`, false],
  ["Excel: cached \"\" (<v></v>)", `<c r="A3" t="str"><f>IF(B3&gt;1,"","x")</f><v></v></c>`, ""],
  ["cached \"\" as <v/>, t after r", `<c r="A4" s="0" t="str"><f>""</f><v/></c>`, ""],
  ["cached \"\" with t before r", `<c t="str" r="A5"><f>""</f><v></v></c>`, ""],
  ["ExcelJS: no result at all", `<c r="A6"><f>1+1</f></c>`, NO_RESULT],
  ["openpyxl: empty <v/> without a type", `<c r="A7"><f>1+1</f><v></v></c>`, NO_RESULT],
  ["Excel: cached error", `<c r="A8" t="e"><f>1/0</f><v>#DIV/0!</v></c>`, { error: "#DIV/0!" }],
  ["Excel: cached text", `<c r="A9" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>`, "xy"],
];

const SHARED = [
  row(1, `<c r="B1" t="str"><f t="shared" ref="B1:B3" si="0">IF(Z1&gt;5,"","x")</f><v></v></c>`),
  row(2, `<c r="B2" t="str"><f t="shared" si="0"/><v></v></c>`),
  row(3, `<c r="B3"><f t="shared" si="0"/></c>`),
].join("");

const valuesOf = (rows: CellValue[][], col: number, count: number) => Array.from({ length: count }, (_, i) => rows[i]?.[col] ?? null);

describe("formula cells by what the file holds", () => {
  const xml = CASES.map(([, cell], i) => row(i + 1, cell)).join("");

  it.each(CASES.map(([what, , expected], i) => [what, i, expected] as const))("%s", async (_what, index, expected) => {
    const { grid } = readWorkbookBuffer(await handWritten({ "Chỉ tiêu": xml }));
    expect(grid.sheets[0].rows[index][0]).toEqual(expected);
  });

  it("a shared formula's cells: \"\" results are results, the child saved without one is not", async () => {
    const { grid } = readWorkbookBuffer(await handWritten({ "Chỉ tiêu": SHARED }));
    expect(valuesOf(grid.sheets[0].rows, 1, 3)).toEqual(["", "", NO_RESULT]);
  });

  it("finds each sheet's part by the package's relationships (not by file name), with an escaped name, stored or deflated", async () => {
    const sheets = { "Đơn vị": row(1, `<c r="A1"><f>1+1</f></c>`), "Cộng & trừ": row(1, `<c r="A1" t="str"><f>""</f><v></v></c><c r="B1"><f>1+1</f></c>`) };
    for (const bytes of [await handWritten(sheets), await handWritten(sheets, "STORE"), await swapSheetParts(await handWritten(sheets))]) {
      const { grid } = readWorkbookBuffer(bytes);
      expect(grid.sheets.map((s) => [s.name, s.rows[0][0], s.rows[0][1] ?? null])).toEqual([
        ["Đơn vị", NO_RESULT, null],
        ["Cộng & trừ", "", NO_RESULT],
      ]);
    }
  });

  it("a workbook ExcelJS wrote: {formula} alone has no result, {formula, result: \"\"} and result 0 do", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chỉ tiêu");
    ws.getCell("A1").value = { formula: "B1*1.1" } as ExcelJS.CellValue;
    ws.getCell("A2").value = { formula: '""', result: "" } as ExcelJS.CellValue;
    ws.getCell("A3").value = { formula: "B3*0", result: 0 } as ExcelJS.CellValue;
    ws.getCell("A4").value = { formula: "B4<0", result: false } as ExcelJS.CellValue;
    const { grid } = readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(valuesOf(grid.sheets[0].rows, 0, 4)).toEqual([NO_RESULT, "", 0, false]);
  });
});
