import type { RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { renderedSheetPart, renderedSheetXml, tableSpecOf } from "../../../src/xlsx/package/sheet-xml";
import { StylesPart } from "../../../src/xlsx/package/styles-merge";
import { parseXml, serializeXml } from "../../../src/xlsx/package/xml-tree";

function sheet(overrides: Partial<RenderedSheet> = {}): RenderedSheet {
  return {
    name: "Kiểm tra",
    values: [["Tiêu đề"], ["Mức", "Nội dung"], ["Lỗi", "=SUM(A1)"]],
    numberFormats: [["@"], ["@", "@"], ["@", "@"]],
    headerRow: 1,
    tableName: "tblKiemTra",
    columnWidths: [10, 40],
    freezeRows: 2,
    print: { landscape: false, fitToWidth: true, printTitleRows: 2 },
    titleRows: [0],
    wrapColumns: [1],
    ...overrides,
  };
}

const OFFICER_STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.000"/></numFmts>' +
  '<fonts count="2"><font><sz val="13"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="13"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

describe("renderedSheetXml", () => {
  it("writes text as inline text, never a formula, and what XML cannot carry as _xHHHH_", () => {
    const styles = StylesPart.parse(null, "t", "styles");
    const xml = renderedSheetXml(sheet({ values: [["Tiêu đề"], ["Mức", "Nội dung"], ["a\u0001b _x0041_", "=SUM(A1) & <b>"]] }), (s) => styles.xf(s), { tableRelId: "rId1" });
    expect(xml).not.toContain("<f>");
    expect(xml).toContain("<t>a_x0001_b _x005F_x0041_</t>");
    expect(xml).toContain("<t>=SUM(A1) &amp; &lt;b&gt;</t>");
    expect(() => parseXml(xml, "t", "sheet")).not.toThrow();
  });

  it("puts an autofilter instead of a table when there is no data row (Excel refuses an empty table)", () => {
    const empty = sheet({ values: [["Tiêu đề"], ["Mức", "Nội dung"]], numberFormats: [["@"], ["@", "@"]] });
    expect(tableSpecOf(empty)).toMatchObject({ ref: "A2:B2", hasData: false });
    const xml = renderedSheetXml(empty, () => 0, { tableRelId: null });
    expect(xml).toContain('<autoFilter ref="A2:B2"/>');
    expect(xml).not.toContain("<tableParts");
  });

  it("gives the table unique, non-empty column names, written into the header cells too", () => {
    const spec = tableSpecOf(sheet({ values: [["T"], ["Điểm", null, "điểm"], [1, 2, 3]] }))!;
    expect(spec.columns).toEqual(["Điểm", "Column2", "điểm2"]);
  });

  it("reads the document fields: margins in mm, fixed scale, centring, row heights, manual row breaks", () => {
    const doc = sheet({
      print: { landscape: false, fitToWidth: true, printTitleRows: 2, scale: 85, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, centerHorizontally: true },
      rowHeights: [{ row: 2, points: 48 }],
      rowBreaks: [2],
    });
    const xml = renderedSheetXml(doc, () => 0, { tableRelId: "rId1" });
    expect(xml).toContain('<pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874" header="0.315" footer="0.315"/>');
    expect(xml).toContain('<pageSetup paperSize="9" scale="85" orientation="portrait"/>');
    expect(xml).not.toContain("fitToPage");
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toContain('<row r="3" ht="48" customHeight="1">');
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>');
  });
});

describe("StylesPart", () => {
  it("appends the formats a sheet needs after the officer's, never renumbering theirs, one per distinct style", () => {
    const styles = StylesPart.parse(OFFICER_STYLES, "t", "xl/styles.xml");
    const bold = styles.xf({ font: { bold: true }, border: "thin", alignment: { horizontal: "center", wrapText: true } });
    expect(bold).toBe(2);
    expect(styles.xf({ font: { bold: true }, border: "thin", alignment: { wrapText: true, horizontal: "center" } })).toBe(2);
    expect(styles.xf({ numFmt: "0.000" })).toBe(3);
    expect(styles.xf({ numFmt: "0.0000" })).toBe(4);
    expect(styles.xf({})).toBe(0);
    const xml = styles.serialize();
    expect(xml).toContain('<xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2"');
    expect(xml).toContain('<xf numFmtId="170" fontId="0"');
    expect(xml).toContain('<numFmt numFmtId="171" formatCode="0.0000"/>');
    expect(xml).toContain('<cellXfs count="5">');
    // The new bold font is the workbook's default font (Calibri 13) made bold.
    expect(xml).toContain('<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>');
  });

  it("names a font without the theme scheme, which would make Excel show the theme's font instead", () => {
    const styles = StylesPart.parse(OFFICER_STYLES, "t", "xl/styles.xml");
    styles.xf({ font: { name: "Times New Roman", size: 13, underline: true } });
    expect(styles.serialize()).toContain('<font><u/><sz val="13"/><name val="Times New Roman"/></font>');
  });

  it("keeps everything else of the part through the round trip (parse, serialise)", () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a xmlns:x="u" x:k="1 &amp; 2"><!--c--><x:b t="&#10;"/>text &lt;</a>';
    expect(serializeXml(parseXml(xml, "t", "p"))).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a xmlns:x="u" x:k="1 &amp; 2"><!--c--><x:b t="&#10;"/>text &lt;</a>');
  });
});

describe("renderedSheetPart", () => {
  it("is the sheet's XML as UTF-8 bytes, a long sheet of Vietnamese text and letters outside the BMP included", () => {
    const values = [["Tiêu đề"], ["Mức", "Nội dung"], ...Array.from({ length: 3000 }, (_, i) => [`Lỗi ${i}`, `Giải ngân vốn đầu tư công 𝐀 ${"đạt ".repeat(i % 7)}`])];
    const long = sheet({ values, numberFormats: values.map((row) => row.map(() => "@")) });
    const bytes = renderedSheetPart(long, () => 3, { tableRelId: "rId1" });
    expect(bytes).toEqual(new TextEncoder().encode(renderedSheetXml(long, () => 3, { tableRelId: "rId1" })));
  });
});

describe("text keeping its spaces", () => {
  it("asks for xml:space=\"preserve\" exactly where the text starts or ends with white space or holds a line break", () => {
    const chars = [" ", "\t", "\n", "\r", "\u00a0", "\u1680", "\u2003", "\u2028", "\u202f", "\u3000", "\ufeff", "\u0085", "\u200b", "a", "Đ", "😀"];
    for (const a of chars) {
      for (const b of chars) {
        const text = `${a}x${b}`;
        const xml = renderedSheetXml(sheet({ values: [["T"], ["M", "N"], ["v", text]] }), () => 0, { tableRelId: null });
        expect(xml.includes('<t xml:space="preserve">')).toBe(/^\s|\s$|\n/.test(text));
      }
    }
  });
});
