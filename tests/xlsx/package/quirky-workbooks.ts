import type { CellValue } from "../../../src/workbook/grid";
import { workedExampleSheets } from "../../fixtures/worked-example";
import { escapeXml, type HandWorkbook, type HandSheet } from "./hand-workbook";

/**
 * The worked example in packages laid out as writers other than Excel lay them out, the quirks libraries
 * meet in real files: absolute relationship targets (some exporters, .NET's Open XML SDK), the workbook
 * part elsewhere than xl/workbook.xml, sizes after the data and Zip64 records (streaming writers), and no
 * styles, shared strings or docProps at all with every string inline. Hand-made from what such files are
 * known to hold, not saved by those programs (none of them runs here): a stand-in for Google Sheets' and
 * WPS's files, not a copy of them.
 */
function rowsXml(rows: CellValue[][]): string {
  const col = (c: number) => String.fromCharCode(65 + c);
  return rows
    .map((row, r) => {
      const cells = row.map((v, c) => {
        const ref = `${col(c)}${r + 1}`;
        if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
        if (typeof v === "string" && v !== "") return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
        return "";
      });
      return `<row r="${r + 1}">${cells.join("")}</row>`;
    })
    .join("");
}

export const QUIRKY_SHEETS: HandSheet[] = workedExampleSheets().map((s) => ({ name: s.name, xml: rowsXml(s.rows) }));

export const QUIRKS: Array<[string, Partial<HandWorkbook>]> = [
  ["absolute relationship targets (/xl/…)", { absoluteTargets: true }],
  ["the workbook part at book/main.xml", { workbookPart: "book/main.xml" }],
  ["Zip64 records and data descriptors", { zip: { zip64: true, dataDescriptor: true } }],
  ["no styles, no shared strings, no docProps, every string inline", {}],
];
