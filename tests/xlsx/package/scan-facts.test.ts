import { calcChainMentions } from "../../../src/xlsx/package/calc-chain";
import { sheetStart } from "../../../src/xlsx/package/sheet-facts";
import { scanXml } from "../../../src/xlsx/package/xml-events";
import { openZipPackage } from "../../../src/xlsx/package/zip-package";
import { handWorkbook } from "./hand-workbook";

describe("scanXml", () => {
  it("stops where a handler asks, reads to the end otherwise, and says when the part is not XML", () => {
    const seen: string[] = [];
    expect(scanXml("<a><b/><c/><d/></a>", { open: (local) => (seen.push(local), local === "c") })).toBe("stopped");
    expect(seen).toEqual(["a", "b", "c"]);
    expect(scanXml("<x:a xmlns:x='urn:x'><x:b/></x:a>", { close: (local) => local === "z" })).toBe("ended");
    expect(scanXml("<a><b></a>", {})).toBe("broken");
  });
});

describe("calcChainMentions", () => {
  // Cells of sheet 1, then sheet 3 (a <c> without i keeps the previous cell's sheet).
  const chain = `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/><c r="B2"/><c r="C3" i="3"/><c r="C4"/></calcChain>`;

  it("finds a sheet named by i or inherited from the cell before", () => {
    expect(calcChainMentions(chain, new Set([3]))).toBe(true);
    expect(calcChainMentions(chain, new Set([1]))).toBe(true);
    expect(calcChainMentions(chain, new Set([2]))).toBe(false);
    expect(calcChainMentions(chain, new Set())).toBe(false);
  });

  it("counts an unreadable chain as mentioning the sheets: dropping a cache is always safe", () => {
    expect(calcChainMentions("<calcChain><c r='A1' i='1'>", new Set([2]))).toBe(true);
  });
});

describe("sheetStart", () => {
  const start = (xml: string, sharedStrings?: string[]) => {
    const pkg = openZipPackage(handWorkbook({ sheets: [{ name: "S", xml }], sharedStrings }), "k.xlsx");
    return sheetStart(pkg, "xl/worksheets/sheet1.xml", sharedStrings ? "xl/sharedStrings.xml" : null);
  };

  it("gives A1's value: a shared string, a number, an inline string", () => {
    expect(start(`<row r="1"><c r="A1" t="s"><v>1</v></c></row>`, ["x", "ktd_lich_su"])).toEqual({ a1: "ktd_lich_su", empty: false });
    expect(start(`<row r="1"><c r="A1"><v>7</v></c></row>`)).toEqual({ a1: 7, empty: false });
    expect(start(`<row r="1"><c r="A1" t="inlineStr"><is><t>ghi chú</t></is></c></row>`)).toEqual({ a1: "ghi chú", empty: false });
  });

  it("says empty for a sheet without values, and not empty without A1 when the first value is elsewhere", () => {
    expect(start(`<row r="1"><c r="A1" s="2"/></row>`)).toEqual({ a1: null, empty: true });
    expect(start(`<row r="2"><c r="B2"><v>1</v></c></row>`)).toEqual({ a1: null, empty: false });
  });
});
