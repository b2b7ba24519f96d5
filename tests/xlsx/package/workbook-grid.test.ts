import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../../src/workbook/grid";
import { WorkbookFileError } from "../../../src/xlsx/file-errors";
import { openWorkbook, type OpenOptions } from "../../../src/xlsx/package/open-workbook";
import { handWorkbook, type HandWorkbook } from "./hand-workbook";
import { openZipPackage } from "../../../src/xlsx/package/zip-package";
import { handZip } from "./hand-zip";

const ALL: OpenOptions = { wanted: () => true };
const gridOf = (spec: HandWorkbook, options: OpenOptions = ALL) => openWorkbook(handWorkbook(spec), "khoi.xlsx", options).grid;
const firstRows = (spec: HandWorkbook) => gridOf(spec).sheets[0].rows;
const NO_RESULT: CellValue = { error: FORMULA_WITHOUT_RESULT };

function refusal(run: () => unknown): WorkbookFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error("expected a WorkbookFileError");
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

describe("cell values as each writer stores them", () => {
  it("shared strings, rich text runs (phonetic guides left out), inline strings, _xHHHH_ escapes", () => {
    const rows = firstRows({
      sheets: [{ name: "Đơn vị", xml: row(1, `<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Cục Thuế</t></is></c><c r="D1" t="inlineStr"><is><r><t>Kho </t></r><r><rPr><b/></rPr><t>bạc</t></r></is></c><c r="E1" t="s"><v>2</v></c>`) }],
      sharedStrings: `<si><t>Mã đơn vị</t></si><si><r><t>Tên </t></r><r><rPr><b/></rPr><t>đơn vị</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>dòng 1_x000D_\ndòng 2 _x005F_x0041_</t></si>`,
    });
    expect(rows[0]).toEqual(["Mã đơn vị", "Tên đơn vị", "Cục Thuế", "Kho bạc", "dòng 1\r\ndòng 2 _x0041_"]);
  });

  it("numbers, booleans, error values, ISO dates (t=\"d\")", () => {
    const rows = firstRows({ sheets: [{ name: "S", xml: row(1, `<c r="A1"><v>97.85</v></c><c r="B1" t="n"><v>-1.5E2</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="d"><v>2018-12-31T00:00:00</v></c>`) }] });
    expect(rows[0]).toEqual([97.85, -150, true, false, { error: "#N/A" }, new Date(Date.UTC(2018, 11, 31))]);
  });

  it("cached formula results of every type; a formula saved without one is FORMULA_WITHOUT_RESULT, an empty text result is \"\"", () => {
    const cells = [
      `<c r="A1"><f>B1*0</f><v>0</v></c>`,
      `<c r="B1" t="b"><f>1&gt;2</f><v>0</v></c>`,
      `<c r="C1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>`,
      `<c r="D1" t="str"><f>""</f><v></v></c>`,
      `<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
      `<c r="F1"><f>1+1</f></c>`,
      `<c r="G1"><f>1+1</f><v/></c>`,
      `<c r="H1"><f t="shared" si="0"/></c>`,
      `<c t='str' s="0" r="I1"><f>""</f></c>`,
      `<c r="J1" t="str"><v></v></c>`,
      `<c r="K1" t="str"/>`,
      `<c r="L1"><v>1</v></c>`,
    ];
    const values = firstRows({ sheets: [{ name: "S", xml: row(1, cells.join("")) }] })[0];
    expect(values).toEqual([0, false, "xy", "", { error: "#DIV/0!" }, NO_RESULT, NO_RESULT, NO_RESULT, "", null, null, 1]);
  });

  it("numbers in date formats become dates (built-in and custom codes, 1900 and 1904 systems); other formats stay numbers and are reported", () => {
    const styles = `<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0&quot; ngày&quot;"/><numFmt numFmtId="166" formatCode="[$-42A]DD/MM/YYYY"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/><xf numFmtId="166"/></cellXfs>`;
    const xml = row(1, `<c r="A1" s="1"><v>43465</v></c><c r="B1" s="2"><v>43465.5</v></c><c r="C1" s="3"><v>12</v></c><c r="D1" s="4"><v>0.95</v></c><c r="E1" s="5"><v>43465</v></c><c r="F1" s="2"><f>A1</f><v>43465</v></c>`);
    const sheet = gridOf({ sheets: [{ name: "S", xml }], styles }).sheets[0];
    const day = new Date(Date.UTC(2018, 11, 31));
    expect(sheet.rows[0]).toEqual([day, new Date(Date.UTC(2018, 11, 31, 12)), 12, 0.95, day, day]);
    expect(sheet.numberFormats?.[0]).toEqual(["mm-dd-yy", "dd/mm/yyyy", '0.0" ngày"', "0.00%", "[$-42A]DD/MM/YYYY", "dd/mm/yyyy"]);
    const mac = gridOf({ sheets: [{ name: "S", xml: row(1, `<c r="A1" s="1"><v>42003</v></c>`) }], styles, workbookPr: `<workbookPr date1904="1"/>` });
    expect(mac.sheets[0].rows[0][0]).toEqual(day);
  });

  it("rows and cells without r attributes follow the previous one", () => {
    const rows = firstRows({ sheets: [{ name: "S", xml: `<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>` }] });
    expect(rows).toEqual([["a", 2, null, null], [null, null, 3, 4]]);
  });

  it("a cell written twice keeps its last value; a row whose only value was written over by a styled empty cell holds nothing", () => {
    const xml = row(1, `<c r="A1"><v>1</v></c><c r="A1"><v>5</v></c><c r="C1" s="1"/>`) + row(2, `<c r="A2"><v>2</v></c><c r="A2" s="1"/>`) + row(3, `<c r="B3" s="1"/>`);
    const styles = `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="2"/></cellXfs>`;
    const sheet = gridOf({ sheets: [{ name: "S", xml }], styles }).sheets[0];
    expect(sheet.rows).toEqual([[5, null, null]]);
    expect(sheet.numberFormats).toEqual([["General", "General", "0.00"]]);
  });

  it("the non-first cells of a merged range are empty, whatever the file holds there", () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, `<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>`)}</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
    expect(firstRows({ sheets: [{ name: "S", xml }] })).toEqual([[1, null, 3], [null, null, null]]);
  });
});

describe("workbook facts", () => {
  it("hidden rows; hidden and very hidden sheets; sheets in tab order", () => {
    const grid = gridOf({
      sheets: [
        { name: "Đơn vị", xml: `${row(1, `<c r="A1"><v>1</v></c>`)}<row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="true"/>${row(4, `<c r="A4"><v>4</v></c>`)}` },
        { name: "Ẩn", xml: row(1, `<c r="A1"><v>1</v></c>`), state: "hidden" },
        { name: "Rất ẩn", xml: "", state: "veryHidden" },
      ],
    });
    expect(grid.sheets.map((s) => [s.name, s.visible])).toEqual([["Đơn vị", true], ["Ẩn", false], ["Rất ẩn", false]]);
    expect(grid.sheets[0].hiddenRows).toEqual([2, 3]);
    expect(grid.sheets[0].rows.map((r) => r[0])).toEqual([1, 2, null, 4]);
  });

  it("Excel tables from the sheet's relationships, with the Total Row flag", () => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const table = (name: string, ref: string, totals: string) => ({ name: `xl/tables/${name}.xml`, data: `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${name}" displayName="${name}" ref="${ref}"${totals}><tableColumns count="1"><tableColumn id="1" name="Mã"/></tableColumns></table>` });
    const grid = gridOf({
      sheets: [{ name: "Đơn vị", xml: row(1, `<c r="A1"><v>1</v></c>`), rels: `<Relationship Id="rId1" Type="${R}/table" Target="../tables/DonVi.xml"/><Relationship Id="rId2" Type="${R}/table" Target="/xl/tables/Khac.xml"/>` }],
      extraParts: [table("DonVi", "B2:C5", ` totalsRowCount="1"`), table("Khac", "$E$2:$E$3", "")],
    });
    expect(grid.sheets[0].tables).toEqual([{ name: "DonVi", range: "B2:C5", totalsRow: true }, { name: "Khac", range: "E2:E3" }]);
  });

  it("a chart sheet is a tab without cells and is not listed, as in Excel's API", () => {
    const { grid, workbook } = openWorkbook(handZipWithChartSheet(), "khoi.xlsx", ALL);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Đơn vị"]);
    expect(workbook.sheets.map((s) => [s.name, s.kind])).toEqual([["Đơn vị", "worksheet"], ["Biểu đồ", "chartsheet"]]);
  });

  it("defined names, with the sheet they are local to", () => {
    const { workbook } = openWorkbook(handWorkbook({ sheets: [{ name: "S", xml: "" }], definedNames: `<definedNames><definedName name="KeHoach">'S'!$C$2:$C$7</definedName><definedName name="_xlnm.Print_Area" localSheetId="0" hidden="1">'S'!$A$1:$C$4</definedName></definedNames>` }), "k", ALL);
    expect(workbook.definedNames).toEqual([
      { name: "KeHoach", localSheetId: null, hidden: false, formula: "'S'!$C$2:$C$7" },
      { name: "_xlnm.Print_Area", localSheetId: 0, hidden: true, formula: "'S'!$A$1:$C$4" },
    ]);
  });
});

it("workbook.xml with the spreadsheet namespace bound to x:, read by each element's place: an extension's look-alikes are not sheets or names", () => {
  const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
  const extension = `<x:extLst><x:ext uri="{7523E5D3-25F3-A5E0-1632-64F254C22452}"><e:sheets xmlns:e="urn:example"><e:sheet name="Giả" r:id="rId1"/></e:sheets><e:definedName xmlns:e="urn:example" name="Gia">1</e:definedName></x:ext></x:extLst>`;
  const book = `<x:workbook xmlns:x="${NS}" xmlns:r="${R}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Đơn vị" sheetId="1" r:id="rId1"/></x:sheets><x:definedNames><x:definedName name="KeHoach">'Đơn vị'!$A$1</x:definedName></x:definedNames>${extension}</x:workbook>`;
  const zip = handZip([
    { name: "_rels/.rels", data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", data: book },
    { name: "xl/_rels/workbook.xml.rels", data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: "xl/worksheets/sheet1.xml", data: `<worksheet xmlns="${NS}"><sheetData>${row(1, `<c r="A1"><v>5</v></c>`)}</sheetData></worksheet>` },
  ]);
  const { grid, workbook } = openWorkbook(zip, "khoi.xlsx", ALL);
  expect(grid.sheets.map((s) => [s.name, s.rows])).toEqual([["Đơn vị", [[5]]]]);
  expect(workbook.date1904).toBe(true);
  expect(workbook.definedNames.map((n) => n.name)).toEqual(["KeHoach"]);
});

describe("writers' package quirks", () => {
  const xml = row(1, `<c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c>`);
  const expected = [["Mã đơn vị", 5]];

  it.each<[string, Partial<HandWorkbook>]>([
    ["absolute relationship targets (/xl/…)", { absoluteTargets: true }],
    ["a workbook part elsewhere than xl/workbook.xml", { workbookPart: "book/main.xml" }],
    ["Zip64 records and data descriptors", { zip: { zip64: true, dataDescriptor: true } }],
  ])("%s", (_what, quirk) => {
    expect(firstRows({ sheets: [{ name: "Đơn vị", xml }], sharedStrings: ["Mã đơn vị"], ...quirk })).toEqual(expected);
  });

  it("the spreadsheet namespace bound to a prefix (x:), and extension elements of other namespaces ignored", () => {
    const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const part = `<x:worksheet xmlns:x="${NS}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Mã đơn vị</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData><x:extLst><x:ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><xm:f>Z1</xm:f><xm:sqref>A1</xm:sqref></x:ext></x:extLst></x:worksheet>`;
    expect(firstRows({ sheets: [{ name: "Đơn vị", xml: part }] })).toEqual(expected);
  });

  it("a namespace declared on an inner element covers it and its children only: another default namespace's f is no formula", () => {
    const cells = `<c r="A1"><f xmlns="urn:example">SUM(B1)<g/></f></c><c r="B1"><f>1+1</f></c>`;
    expect(firstRows({ sheets: [{ name: "Đơn vị", xml: row(1, cells) }] })).toEqual([[null, NO_RESULT]]);
  });

  it("an element or attribute with an unbound prefix is damaged, as a namespace-aware parser finds it", () => {
    for (const cell of [`<y:c r="A1"><v>1</v></y:c>`, `<c r="A1" y:s="1"><v>1</v></c>`]) {
      expect(refusal(() => gridOf({ sheets: [{ name: "Đơn vị", xml: row(1, cell) }] })).problem).toBe("damaged");
    }
  });

  it("no shared strings part at all when every string is inline (openpyxl, Google Sheets exports)", () => {
    expect(firstRows({ sheets: [{ name: "Đơn vị", xml: row(1, `<c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="B1"><v>5</v></c>`) }] })).toEqual(expected);
  });
});

describe("reading only the sheets a calculation needs", () => {
  it("by default, an officer's unrelated sheet is listed by name and tables but its part is never inflated", () => {
    // The part is not even valid deflate data: inflating it would fail the read.
    const bytes = handWorkbook({
      sheets: [
        { name: "Đơn vị", xml: row(1, `<c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c>`) },
        { name: "Số liệu gốc 50.000 dòng", xml: "", deflated: Uint8Array.from([0xff, 0xff, 0xff, 0xff]) },
        { name: "Xếp hạng", xml: row(1, `<c r="A1"><v>1</v></c>`) },
        { name: "_ktd_lich_su", xml: row(1, `<c r="A1" t="inlineStr"><is><t>ktd-lich-su</t></is></c>`), state: "hidden" },
      ],
    });
    const { grid, cellsRead } = openWorkbook(bytes, "khoi.xlsx");
    expect(grid.sheets.map((s) => [s.name, s.rows.length])).toEqual([["Đơn vị", 1], ["Số liệu gốc 50.000 dòng", 0], ["Xếp hạng", 1], ["_ktd_lich_su", 1]]);
    expect([...cellsRead]).toEqual(["Đơn vị", "Xếp hạng", "_ktd_lich_su"]);
    expect(refusal(() => openWorkbook(bytes, "khoi.xlsx", ALL)).localized.vi).toContain("xl/worksheets/sheet2.xml");
  });
});

describe("what is not a workbook, and what is damaged", () => {
  it("a zip without a workbook (a plain zip, a .docx) is not a workbook", () => {
    const docx = handZip([
      { name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` },
      { name: "word/document.xml", data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>` },
    ]);
    for (const bytes of [handZip([{ name: "hello.txt", data: "xin chào" }]), docx]) expect(refusal(() => openWorkbook(bytes, "k.xlsx")).problem).toBe("not-workbook");
  });

  it("broken sheet XML is damaged, naming the sheet's part", () => {
    const error = refusal(() => gridOf({ sheets: [{ name: "Đơn vị", xml: `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>` }] }));
    expect(error.problem).toBe("damaged");
    expect(error.localized.vi).toContain('"xl/worksheets/sheet1.xml"');
  });

  it("a shared-string cell in a package without the shared strings part is damaged, naming that part", () => {
    const error = refusal(() => gridOf({ sheets: [{ name: "Đơn vị", xml: row(1, `<c r="A1" t="s"><v>0</v></c>`) }] }));
    expect(error.problem).toBe("damaged");
    expect(error.localized.en).toContain("xl/sharedStrings.xml");
  });

  it("a sheet whose part is missing is damaged, naming the part", () => {
    const bytes = handWorkbook({ sheets: [{ name: "Đơn vị", xml: "" }] });
    const pkgWithout = removeEntry(bytes, "xl/worksheets/sheet1.xml");
    expect(refusal(() => openWorkbook(pkgWithout, "k.xlsx", ALL)).localized.vi).toContain("xl/worksheets/sheet1.xml");
  });
});

/** A workbook with a worksheet and a chart sheet (a tab holding only a chart). */
function handZipWithChartSheet(): Uint8Array {
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return handZip([
    { name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", data: `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/><sheet name="Biểu đồ" sheetId="2" r:id="rId2"/></sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>` },
    { name: "xl/worksheets/sheet1.xml", data: `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>` },
    { name: "xl/chartsheets/sheet1.xml", data: `<chartsheet xmlns="${MAIN}"/>` },
  ]);
}

/** The package without one entry (its directory record and data both gone): rebuilt from the rest. */
function removeEntry(bytes: Uint8Array, name: string): Uint8Array {
  const pkg = openZipPackage(bytes, "k");
  return handZip(pkg.entries.filter((e) => e.name !== name).map((e) => ({ name: e.name, data: pkg.read(e.name) })));
}
