import type { RenderedSheet } from "../../workbook/rendering/output-types";
import { RELS_NAMESPACE } from "./relationships";
import { writeSheets, type WriteSheetsOptions } from "./sheets-into-package";
import { readWorkbookPart } from "./workbook-part";
import { openZipPackage } from "./zip-package";
import { ZipWriter } from "./zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A new workbook holding rendered sheets (the province batch's tong-hop.xlsx), written by the same code
 * as the program's sheets in an officer's workbook: an empty package (workbook with no sheet yet and
 * Excel's default styles, made by styles-merge.ts) with the sheets added to it.
 */
export function newWorkbookBytes(sheets: readonly RenderedSheet[], options: WriteSheetsOptions = {}): Uint8Array {
  const empty = openZipPackage(emptyPackage(), "new.xlsx");
  const workbook = readWorkbookPart(empty, "new.xlsx");
  const planned = sheets.map((sheet) => ({ name: sheet.name, content: { kind: "rendered" as const, sheet }, hidden: false, replaces: [] }));
  // The language only words a chart picture, which a new workbook has none of.
  return writeSheets(empty, workbook, new Map(), planned, "vi", options).bytes;
}

function emptyPackage(): Uint8Array {
  const zip = new ZipWriter();
  zip.add(
    "[Content_Types].xml",
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  zip.add("_rels/.rels", `${DECLARATION}<Relationships xmlns="${RELS_NAMESPACE}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.add("xl/workbook.xml", `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`);
  zip.add("xl/_rels/workbook.xml.rels", `${DECLARATION}<Relationships xmlns="${RELS_NAMESPACE}"/>`);
  return zip.finish();
}
