import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { readSharedStrings } from "../../../src/xlsx/package/shared-strings";
import { readSheetCells, type SheetContext } from "../../../src/xlsx/package/sheet-cells";
import { readXml, type XmlHandlers, type XmlTag } from "../../../src/xlsx/package/xml-events";
import { readXmlRegion } from "../../../src/xlsx/package/xml-region";
import { openZipPackage } from "../../../src/xlsx/package/zip-package";
import { WorkbookFileError } from "../../../src/xlsx/file-errors";

/**
 * The fast scanner of a part's big element (xml-region.ts) gives the handlers exactly what saxes gives
 * them (readXml), or says it is not sure; it must never read a part saxes would refuse.
 */

const ATTRIBUTES = ["r", "s", "t", "hidden", "spans", "ht", "xml:space", "x14ac:dyDescent", "id"];

/** Every event as text: element, namespace, attributes read, and the text between tags (joined). */
function recorder(): { handlers: XmlHandlers; events: string[] } {
  const events: string[] = [];
  const tag = (kind: string, t: XmlTag) => `${kind} ${t.local} ${t.main} ${ATTRIBUTES.map((a) => `${a}=${t.attr(a)}`).join(" ")} rel=${t.relAttr("id")}`;
  return {
    events,
    handlers: {
      open: (t) => void events.push(tag("open", t)),
      close: (t) => void events.push(tag("close", t)),
      text: (text) => {
        const last = events.length - 1;
        if (last >= 0 && events[last].startsWith("text ")) events[last] += text;
        else events.push(`text ${text}`);
      },
    },
  };
}

/** What readXml gives, or "damaged" when it refuses the part. */
function bySaxes(xml: string): string[] | "damaged" {
  const { handlers, events } = recorder();
  try {
    readXml(xml, "f.xlsx", "part.xml", handlers);
  } catch (error) {
    if (error instanceof WorkbookFileError) return "damaged";
    throw error;
  }
  return events;
}

function byRegion(xml: string, region: string): string[] | null {
  const { handlers, events } = recorder();
  return readXmlRegion(xml, region, handlers) ? events : null;
}

const ROOT = path.resolve(__dirname, "../../..");
const WORKBOOKS = [path.join(ROOT, "samples"), path.join(ROOT, "tests/fixtures/writers")].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.xls[xm]$/.test(name))
    .map((name) => path.join(dir, name)),
);

describe("real workbooks (the sample and every writer's fixture)", () => {
  const parts = WORKBOOKS.flatMap((file) => {
    const pkg = openZipPackage(new Uint8Array(readFileSync(file)), file);
    return pkg.entries
      .filter((e) => /worksheets\/[^/]+\.xml$|sharedStrings\.xml$/.test(e.name))
      .map((e) => [`${path.basename(file)} ${e.name}`, pkg.text(e.name), e.name.includes("sharedStrings") ? "sst" : "sheetData"] as const);
  });

  it("has worksheets and shared strings to compare", () => {
    expect(parts.filter(([, , region]) => region === "sst").length).toBeGreaterThanOrEqual(3);
    expect(parts.length).toBeGreaterThan(30);
  });

  it.each(parts)("%s: read by the scanner, with saxes's events", (_name, xml, region) => {
    expect(byRegion(xml, region)).toEqual(bySaxes(xml));
  });
});

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const sheet = (data: string, after = "") => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN} ${REL} xmlns:x14ac="urn:x14ac"><dimension ref="A1"/><sheetData>${data}</sheetData>${after}</worksheet>`;

describe("parts the scanner is not sure of go to saxes", () => {
  const unsure: [string, string][] = [
    ["a comment in the cells", sheet('<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>')],
    ["a comment before them", sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("<dimension", "<!-- <sheetData> --><dimension")],
    ["CDATA", sheet('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>')],
    ["a processing instruction", sheet('<row r="1"><?pi x?><c r="A1"><v>1</v></c></row>')],
    ["a prefixed element", sheet('<row r="1"><x:c xmlns:x="urn:x" r="A1"><v>1</v></x:c></row>')],
    ["a namespace declared in the cells", sheet(`<row r="1" ${MAIN}><c r="A1"><v>1</v></c></row>`)],
    ["an attribute with an entity", sheet('<row r="1"><c r="A&#49;"><v>1</v></c></row>')],
    ["an attribute with a tab", sheet('<row r="1"><c r="A1"\ts="0" t="n\tx"><v>1</v></c></row>')],
    ["a carriage return", sheet('<row r="1"><c r="A1" t="str"><v>a\r\nb</v></c></row>')],
    ["a name beyond ASCII", sheet('<row r="1"><c r="A1" é="1"><v>1</v></c></row>')],
    ["an emoji (surrogates)", sheet('<row r="1"><c r="A1" t="str"><v>😀</v></c></row>')],
    ["a self-closed sheetData", sheet("").replace("<sheetData></sheetData>", "<sheetData/>")],
    ["sheetData in another namespace", sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("<sheetData>", '<sheetData xmlns="urn:other">')],
  ];
  it.each(unsure)("%s", (_what, xml) => {
    expect(byRegion(xml, "sheetData")).toBeNull();
    expect(bySaxes(xml)).not.toBe("damaged");
  });

  const broken: [string, string][] = [
    ["an entity beyond XML's five", sheet('<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>')],
    ["an uppercase X character reference", sheet('<row r="1"><c r="A1" t="str"><v>&#X41;</v></c></row>')],
    ["mismatched tags", sheet('<row r="1"><c r="A1"><v>1</c></v></row>')],
    ["an unclosed cell", sheet('<row r="1"><c r="A1"><v>1</v></row>')],
    ["a duplicate attribute", sheet('<row r="1"><c r="A1" r="B1"><v>1</v></c></row>')],
    ["glued attributes", sheet('<row r="1"><c r="A1"s="1"><v>1</v></c></row>')],
    ["an unquoted attribute", sheet("<row r=1><c><v>1</v></c></row>")],
    ["an unbound attribute prefix", sheet('<row r="1" y:dy="1"><c r="A1"><v>1</v></c></row>')],
    ["a control character", sheet('<row r="1"><c r="A1" t="str"><v>a\u0001b</v></c></row>')],
    ["a forbidden character reference", sheet('<row r="1"><c r="A1" t="str"><v>&#1;</v></c></row>')],
    ["]]> in text", sheet('<row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row>')],
    ["a bare ampersand", sheet('<row r="1"><c r="A1" t="str"><v>a & b</v></c></row>')],
    ["broken XML after the cells", sheet('<row r="1"><c r="A1"><v>1</v></c></row>', "<mergeCells><mergeCell ref='A1:B1'></mergeCells>")],
    ["a lone < in an attribute", sheet('<row r="1"><c r="A<1"><v>1</v></c></row>')],
  ];
  it.each(broken)("%s: refused by saxes, never read by the scanner", (_what, xml) => {
    expect(byRegion(xml, "sheetData")).toBeNull();
    expect(bySaxes(xml)).toBe("damaged");
  });

  it("a handler's own error (a part it needs is missing) leaves the part to saxes, which passes it on", () => {
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const context: SheetContext = {
      label: "f.xlsx",
      part: "sheet1.xml",
      formats: { isDate: () => false, formatOf: () => "General" },
      sharedString: () => {
        throw new WorkbookFileError("damaged", { vi: "thiếu", en: "missing" });
      },
      date1904: false,
    };
    expect(readXmlRegion(xml, "sheetData", { open: (t) => t.local === "c" && context.sharedString(0) })).toBe(false);
    expect(() => readSheetCells(xml, context)).toThrow(WorkbookFileError);
  });
});

describe("what the scanner reads", () => {
  const context: SheetContext = { label: "f.xlsx", part: "sheet1.xml", formats: { isDate: () => false, formatOf: () => "General" }, sharedString: (i) => ["zero", "one"][i] ?? null, date1904: false };

  it("cells, entities, inline rich text and merges, as saxes reads them", () => {
    const xml = sheet(
      '\n  <row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>1</v></c><c r="B1" t=\'str\' ><f>A1&amp;"x"</f><v>a &lt;b&gt; &#233;&#x1F600;&quot;&apos;</v></c>' +
        '<c r="C1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve"> rich </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh><r><t>text</t></r></is></c></row>\n  <row r="2" hidden="1"><c r="A2" s="0"/><c><v>2</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>',
    );
    expect(byRegion(xml, "sheetData")).toEqual(bySaxes(xml));
    expect(readSheetCells(xml, context)).toEqual({
      rows: [
        ["one", 'a <b> é😀"\'', " rich text"],
        [null, 2, null],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
      hiddenRows: [2],
    });
  });

  it("shared strings, plain and rich", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN} count="3" uniqueCount="3"><si><t>Khối thi đua</t></si><si><r><rPr><b/></rPr><t>a</t></r><r><t xml:space="preserve"> &amp; b_x000D_</t></r></si><si><t/></si></sst>`;
    expect(byRegion(xml, "sst")).toEqual(bySaxes(xml));
    expect(readSharedStrings(xml, "f.xlsx", "sharedStrings.xml")).toEqual(["Khối thi đua", "a & b\r", ""]);
  });
});

/** Pieces of a worksheet's cells: plain ones (the scanner reads them all) and unusual ones (it may leave them to saxes). */
const plainText = fc.stringMatching(/^[ a-zA-Z0-9.,\-+éạờ>'"]{0,6}$/);
const entityText = fc.constantFrom("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x1F600;", "&#xe9;");
const unusual = fc.constantFrom("<!-- c -->", "<![CDATA[x]]>", "&nbsp;", "&#X41;", "\r\n", "\u0001", "&#0;", "]]>", "&", "<?p?>", "<x:y xmlns:x='u'/>", "😀", "<b>", "</b>", "<e a='1' a='2'/>", "<e a='1'b='2'/>", '<e a="<"/>', "<e\ta='\t'/>");
const quote = fc.constantFrom('"', "'");
const space = fc.constantFrom(" ", "  ", "\n", "\t", " \n ");
const attribute = (name: string, value: fc.Arbitrary<string>) => fc.tuple(space, quote, value).map(([s, q, v]) => `${s}${name}=${q}${v}${q}`);

function rows(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const cell = fc
    .tuple(
      fc.option(attribute("r", fc.constantFrom("A1", "B3", "C2", "AA10", "x")), { nil: "" }),
      fc.option(attribute("s", fc.constantFrom("0", "1", "2")), { nil: "" }),
      fc.option(attribute("t", fc.constantFrom("s", "str", "inlineStr", "b", "e", "n")), { nil: "" }),
      fc.oneof(
        fc.constant("/>"),
        text.map((v) => `><v>${v}</v></c>`),
        text.map((v) => `><f>SUM(A1)</f><v>${v}</v></c>`),
        fc.tuple(text, text).map(([a, b]) => `><is><r><rPr><b/></rPr><t xml:space="preserve">${a}</t></r><rPh><t>${b}</t></rPh></is></c>`),
      ),
    )
    .map(([r, s, t, rest]) => `<c${r}${s}${t}${rest}`);
  const row = fc
    .tuple(fc.option(attribute("r", fc.constantFrom("1", "2", "5")), { nil: "" }), fc.option(attribute("hidden", fc.constantFrom("1", "0", "true")), { nil: "" }), fc.array(cell, { maxLength: 4 }), fc.constantFrom("", "\n  "))
    .map(([r, hidden, cells, ws]) => `${ws}<row${r}${hidden} x14ac:dyDescent="0.25">${cells.join(ws)}</row>`);
  return fc.array(row, { maxLength: 5 }).map((all) => sheet(all.join("")));
}

const pieces = (...kinds: fc.Arbitrary<string>[]) => fc.array(fc.oneof(...kinds), { maxLength: 3 }).map((parts) => parts.join(""));

describe("any worksheet made of these pieces", () => {
  it("the scanner reads exactly what saxes reads, or leaves the part to saxes; never a part saxes refuses", () => {
    fc.assert(
      fc.property(rows(pieces(plainText, plainText, entityText, unusual)), (xml) => {
        const fast = byRegion(xml, "sheetData");
        const slow = bySaxes(xml);
        if (fast !== null) expect(fast).toEqual(slow);
        if (slow === "damaged") expect(fast).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("the plain ones are all read by the scanner", () => {
    fc.assert(
      fc.property(rows(pieces(plainText, entityText)), (xml) => {
        expect(byRegion(xml, "sheetData")).toEqual(bySaxes(xml));
      }),
      { numRuns: 300 },
    );
  });
});
