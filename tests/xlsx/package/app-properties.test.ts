import { readFileSync } from "node:fs";
import { join } from "node:path";
import { updateSheetList } from "../../../src/xlsx/package/app-properties";
import { parseXml, childElements, firstChild, type XmlElement } from "../../../src/xlsx/package/xml-tree";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";
import { rankBytes, text } from "./writer-helpers";

const SAMPLE = join(__dirname, "../../../samples/khoi-17-kien-giang-2018.xlsx");
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

/** An Excel app.xml with these (heading, titles) groups. */
function appXml(groups: Array<[string, string[]]>): string {
  const pairs = groups.map(([h, t]) => `<vt:variant><vt:lpstr>${h}</vt:lpstr></vt:variant><vt:variant><vt:i4>${t.length}</vt:i4></vt:variant>`).join("");
  const titles = groups.flatMap(([, t]) => t.map((x) => `<vt:lpstr>${x}</vt:lpstr>`)).join("");
  const size = groups.reduce((n, [, t]) => n + t.length, 0);
  return `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="${groups.length * 2}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${size}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;
}

const textOf = (el: XmlElement): string => el.children.map((c) => (c.kind === "text" ? c.text : c.kind === "element" ? textOf(c) : "")).join("");

/** The groups as [heading, titles], checking that every count and size adds up. */
function groupsOf(xml: string): Array<[string, string[]]> {
  const root = parseXml(xml, "t", "app.xml").root;
  const pairs = firstChild(firstChild(root, "HeadingPairs")!, "vector")!;
  const titles = firstChild(firstChild(root, "TitlesOfParts")!, "vector")!;
  const variants = childElements(pairs, "variant").map(textOf);
  const all = childElements(titles).map(textOf);
  expect(Number(pairs.attributes.find(([n]) => n === "size")![1])).toBe(variants.length);
  expect(Number(titles.attributes.find(([n]) => n === "size")![1])).toBe(all.length);
  const out: Array<[string, string[]]> = [];
  let at = 0;
  for (let i = 0; i < variants.length; i += 2) {
    const count = Number(variants[i + 1]);
    out.push([variants[i], all.slice(at, at + count)]);
    at += count;
  }
  expect(at).toBe(all.length);
  return out;
}

describe("docProps/app.xml in the ranked copy", () => {
  const input = new Uint8Array(readFileSync(SAMPLE));
  const first = rankBytes(input);

  it("lists the copy's worksheets in tab order, and the program sheets' print titles as named ranges", () => {
    const sheets = openWorkbook(first.written.bytes, "out", { wanted: () => false }).workbook.sheets.map((s) => s.name);
    const groups = groupsOf(text(first.output, "docProps/app.xml"));
    expect(groups[0]).toEqual(["Worksheets", sheets]);
    expect(groups[1][0]).toBe("Named Ranges");
    expect(groups[1][1]).toContain("'Xếp hạng'!Print_Titles");
  });

  it("lists the same after ranking the copy again (the program's sheets replaced in place)", () => {
    expect(text(rankBytes(first.written.bytes).output, "docProps/app.xml")).toBe(text(first.output, "docProps/app.xml"));
  });
});

describe("updateSheetList", () => {
  const change = { before: ["Đơn vị", "Chỉ tiêu"], after: ["Đơn vị", "Chỉ tiêu", "Xếp hạng"], printTitled: ["Xếp hạng"] };

  it("finds the groups by what they hold, whatever the language of their headings; a chart group is kept", () => {
    const xml = appXml([["Arbeitsblätter", ["Đơn vị", "Chỉ tiêu"]], ["Diagramme", ["Biểu đồ 1"]], ["Benannte Bereiche", ["'Đơn vị'!Print_Area"]]]);
    expect(groupsOf(updateSheetList(xml, "t", "app.xml", change)!)).toEqual([
      ["Arbeitsblätter", ["Đơn vị", "Chỉ tiêu", "Xếp hạng"]],
      ["Diagramme", ["Biểu đồ 1"]],
      ["Benannte Bereiche", ["'Đơn vị'!Print_Area", "'Xếp hạng'!Print_Titles"]],
    ]);
  });

  it("drops the print ranges of a sheet no longer in the copy, quoted or not, and does not list one twice", () => {
    const xml = appXml([["Worksheets", ["Cũ", "Xếp hạng"]], ["Named Ranges", ["Cũ!Print_Titles", "'Xếp hạng'!Print_Titles"]]]);
    const next = updateSheetList(xml, "t", "app.xml", { before: ["Cũ", "Xếp hạng"], after: ["Xếp hạng"], printTitled: ["Xếp hạng"] })!;
    expect(groupsOf(next)).toEqual([["Worksheets", ["Xếp hạng"]], ["Named Ranges", ["'Xếp hạng'!Print_Titles"]]]);
  });

  it("leaves alone a part without the list (openpyxl, LibreOffice), a list that does not add up, and a stale one", () => {
    const bare = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
    const wrongCount = appXml([["Worksheets", ["Đơn vị", "Chỉ tiêu"]]]).replace("<vt:i4>2</vt:i4>", "<vt:i4>5</vt:i4>");
    const stale = appXml([["Worksheets", ["Sheet1"]]]);
    for (const xml of [bare, wrongCount, stale]) expect(updateSheetList(xml, "t", "app.xml", change)).toBeNull();
  });

  it("says nothing changed when the list is already the copy's", () => {
    const xml = appXml([["Worksheets", ["Đơn vị", "Chỉ tiêu"]]]);
    expect(updateSheetList(xml, "t", "app.xml", { before: ["Đơn vị", "Chỉ tiêu"], after: ["Đơn vị", "Chỉ tiêu"], printTitled: [] })).toBeNull();
  });
});
