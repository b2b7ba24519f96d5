import type { RenderedSheet } from "../workbook/rendering/output-types";
import { newWorkbookBytes } from "./package/new-workbook";
import type { WorkbookEngine } from "./rank-file";

/**
 * A new workbook holding one rendered sheet, as .xlsx bytes (the batch's tong-hop.xlsx), written by the
 * package writer over an empty package. `engine` (optional) lends the host's faster deflate.
 */
export async function singleSheetWorkbook(sheet: RenderedSheet, engine?: WorkbookEngine): Promise<Uint8Array> {
  return newWorkbookBytes([sheet], { deflateRaw: engine?.deflateRaw });
}
