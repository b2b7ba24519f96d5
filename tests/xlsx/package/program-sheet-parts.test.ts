import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookPart } from "../../../src/xlsx/package/workbook-part";
import type { ZipPackage } from "../../../src/xlsx/package/zip-package";
import { fixtureBytes, rankBytes, text } from "./writer-helpers";

function partOf(pkg: ZipPackage, sheet: string): string {
  return readWorkbookPart(pkg, "output.xlsx").sheets.find((s) => s.name === sheet)!.part as string;
}

function relsOf(pkg: ZipPackage, part: string): string {
  const slash = part.lastIndexOf("/");
  return text(pkg, `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
}

/** The same package with one part's text edited: how an officer's later edit of a cell looks. */
function edited(bytes: Uint8Array, part: string, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part]);
  expect(xml).toContain(from);
  files[part] = strToU8(xml.replace(from, to));
  return zipSync(files);
}

describe("the program's sheet parts", () => {
  const { output, calculation } = rankBytes(fixtureBytes("writer-rich-openpyxl.xlsx"));

  it("draws the chart sheet's picture (a drawing pointing to a PNG) under the table and a data bar over the percents", () => {
    const sheet = partOf(output, "Biểu đồ");
    const rels = relsOf(output, sheet);
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)![1];
    const drawingXml = text(output, `xl/drawings/${drawing}`);
    expect(drawingXml).toContain(`<xdr:row>${calculation.extras.chart!.pictureRow}</xdr:row>`);
    const image = /Target="\.\.\/media\/(image\d+\.png)"/.exec(relsOf(output, `xl/drawings/${drawing}`))![1];
    expect(Array.from(output.read(`xl/media/${image}`).subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const { firstDataRow, lastDataRow } = calculation.extras.chart!;
    expect(text(output, sheet)).toContain(`<conditionalFormatting sqref="D${firstDataRow + 1}:D${lastDataRow + 1}"><cfRule type="dataBar"`);
    expect(text(output, "[Content_Types].xml")).toContain(`PartName="/xl/drawings/${drawing}"`);
  });

  it("writes the history data sheet hidden, every cell text ('@'), the marker in A1", () => {
    const part = partOf(output, "_ktd_lich_su");
    const xml = text(output, part);
    const a1 = /<c r="A1" s="(\d+)" t="inlineStr"><is><t>ktd-lich-su<\/t><\/is><\/c>/.exec(xml);
    expect(a1).not.toBeNull();
    const styles = text(output, "xl/styles.xml");
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    expect(xfs[Number(a1![1])]).toContain('numFmtId="49"');
    expect(text(output, "xl/workbook.xml")).toMatch(/<sheet name="_ktd_lich_su" sheetId="\d+" state="hidden"/);
  });

  it("prints A4, one page wide, with its table over the header and data and thin borders on the table's cells", () => {
    const xml = text(output, partOf(output, "Xếp hạng"));
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9"[^>]* fitToWidth="1" fitToHeight="0" orientation="landscape"\/>/);
    expect(xml).toMatch(/<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts>/);
    expect(text(output, "xl/styles.xml")).toContain('<border><left style="thin"><color rgb="FF808080"/></left>');
  });

  it("fits the one-page meeting paper to one page tall as well as wide", () => {
    const xml = text(output, partOf(output, "Đề nghị khen thưởng"));
    expect(xml).toMatch(/<pageSetup paperSize="9"[^>]* fitToWidth="1" fitToHeight="1" orientation="portrait"\/>/);
  });
});

describe("a blocked ranking", () => {
  const first = rankBytes(fixtureBytes("writer-rich-openpyxl.xlsx"));
  const broken = edited(first.written.bytes, "xl/worksheets/sheet2.xml", '<c r="C2" t="n"><v>100</v></c>', '<c r="C2" t="inlineStr"><is><t>một trăm</t></is></c>');
  const second = rankBytes(broken, new Date(2019, 0, 11, 9, 0));

  it("leaves Xếp hạng, Chi tiết điểm and the meeting papers as they were and writes Kiểm tra and the history anew", () => {
    expect(second.calculation.result.blocked).toBe(true);
    const before = first.output;
    const after = second.output;
    for (const sheet of ["Xếp hạng", "Chi tiết điểm", "Bảng tổng hợp (2)", "Đề nghị khen thưởng", "Biểu đồ"]) {
      const part = partOf(before, sheet);
      expect(partOf(after, sheet)).toBe(part);
      expect(Buffer.from(after.raw(part)).equals(Buffer.from(before.raw(part)))).toBe(true);
    }
    expect(second.written.replaced).toEqual(["Kiểm tra", "Lịch sử tính điểm", "_ktd_lich_su"]);
    expect(text(after, partOf(after, "Kiểm tra"))).toContain("một trăm");
  });
});
