import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import JSZip from "jszip";
import { drawingObjects, findLostParts } from "../../src/xlsx/write-losses";
import { lostPartsNote } from "../../src/xlsx/write-losses-note";

const inflate = promisify(inflateRaw);
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const rels = (...items: string[]) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;

const anchor = (inner: string) => `<xdr:twoCellAnchor><xdr:from/><xdr:to/>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
const CHART = anchor('<xdr:graphicFrame><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>');
const CHARTEX = anchor('<mc:AlternateContent><mc:Choice><xdr:graphicFrame><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice><mc:Fallback><xdr:sp><xdr:txBody/></xdr:sp></mc:Fallback></mc:AlternateContent>');
const SHAPE = anchor("<xdr:sp><xdr:nvSpPr/><xdr:txBody/></xdr:sp>");
const PICTURE = anchor('<xdr:pic><xdr:blipFill><a:blip r:embed="rId3"/></xdr:blipFill></xdr:pic>');

/** A package with two worksheets, a chart sheet and a VBA project, as Excel lays one out (drawing reached by relationships only). */
async function packageBytes(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("_rels/.rels", rels(rel("rId1", `${R}/officeDocument`, "xl/workbook.xml")));
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns:r="${R}"><sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/><sheet name="Số liệu &amp; biểu đồ" sheetId="2" r:id="rId2"/><sheet name="Biểu đồ của tôi" sheetId="3" r:id="rId3"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels(
      rel("rId1", `${R}/worksheet`, "worksheets/sheet1.xml"),
      rel("rId2", `${R}/worksheet`, "/xl/worksheets/sheet2.xml"),
      rel("rId3", `${R}/chartsheet`, "chartsheets/sheet1.xml"),
      rel("rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
    ),
  );
  zip.file("xl/worksheets/sheet1.xml", "<worksheet/>");
  zip.file("xl/worksheets/sheet2.xml", "<worksheet/>");
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    rels(
      rel("rId1", `${R}/drawing`, "../drawings/drawing1.xml"),
      rel("rId2", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"),
      rel("rId3", "http://schemas.microsoft.com/office/2007/relationships/slicer", "../slicers/slicer1.xml"),
      rel("rId4", `${R}/hyperlink`, "https://example.org"),
    ),
  );
  zip.file("xl/drawings/drawing1.xml", `<xdr:wsDr>${CHART}${CHARTEX}${SHAPE}${PICTURE}</xdr:wsDr>`);
  zip.file("xl/slicers/slicer1.xml", '<slicers><slicer name="A"/><slicer name="B"/></slicers>');
  zip.file("xl/chartsheets/sheet1.xml", "<chartsheet/>");
  zip.file("xl/vbaProject.bin", "vba");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("findLostParts", () => {
  it("names what ExcelJS drops, by sheet, found through the package relationships: pictures and plain sheets are not listed", async () => {
    expect(await findLostParts(await packageBytes(), inflate)).toEqual([
      { kind: "chart", sheet: "Số liệu & biểu đồ", count: 2 },
      { kind: "shape", sheet: "Số liệu & biểu đồ", count: 1 },
      { kind: "pivotTable", sheet: "Số liệu & biểu đồ", count: 1 },
      { kind: "slicer", sheet: "Số liệu & biểu đồ", count: 2 },
      { kind: "chartSheet", sheet: "Biểu đồ của tôi", count: 1 },
      { kind: "macros", sheet: null, count: 1 },
    ]);
  });

  it("finds nothing in a plain workbook, and never throws on bytes that are not a zip", async () => {
    const zip = new JSZip();
    zip.file("_rels/.rels", rels(rel("rId1", `${R}/officeDocument`, "xl/workbook.xml")));
    zip.file("xl/workbook.xml", `<workbook xmlns:r="${R}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.file("xl/_rels/workbook.xml.rels", rels(rel("rId1", `${R}/worksheet`, "worksheets/sheet1.xml")));
    expect(await findLostParts(await zip.generateAsync({ type: "uint8array" }), inflate)).toEqual([]);
    expect(await findLostParts(new TextEncoder().encode("not a zip"), inflate)).toEqual([]);
  });

  it("counts a drawing's charts and shapes, never its pictures", () => {
    expect(drawingObjects(`<xdr:wsDr>${PICTURE}${PICTURE}</xdr:wsDr>`)).toEqual({ charts: 0, shapes: 0 });
    expect(drawingObjects(`<wsDr>${CHART.replace(/xdr:/g, "")}</wsDr>`)).toEqual({ charts: 1, shapes: 0 });
  });
});

describe("lostPartsNote", () => {
  const lost = [
    { kind: "chartSheet" as const, sheet: "Biểu đồ của tôi", count: 1 },
    { kind: "chart" as const, sheet: "Đơn vị", count: 2 },
    { kind: "chart" as const, sheet: "biểu đồ", count: 1 },
    { kind: "macros" as const, sheet: null, count: 1 },
  ];

  it("says in both languages what the output lacks, where, and that the input file still has it", () => {
    const note = lostPartsNote(lost, [], "khoi 17.xlsm")!;
    expect(note.vi).toContain("không có trang biểu đồ 'Biểu đồ của tôi'; 2 biểu đồ trên trang 'Đơn vị'; 1 biểu đồ trên trang 'biểu đồ'; macro (VBA) của tệp");
    expect(note.vi).toContain("Tệp đầu vào khoi 17.xlsm vẫn còn nguyên chúng");
    expect(note.en).toContain("does not have chart sheet 'Biểu đồ của tôi'; 2 charts on sheet 'Đơn vị'; 1 chart on sheet 'biểu đồ'; the workbook's macros (VBA)");
    expect(note.en).toContain("The input file khoi 17.xlsm still has them");
  });

  it("leaves out what was on the program's own sheets it replaced, and says nothing when nothing else is lost", () => {
    expect(lostPartsNote(lost, ["Biểu đồ"], "a.xlsx")!.vi).not.toContain("'biểu đồ'");
    expect(lostPartsNote(lost.slice(2, 3), ["Biểu đồ"], "a.xlsx")).toBeNull();
    expect(lostPartsNote([], [], "a.xlsx")).toBeNull();
  });
});
