import { parseAddress, type CellValue } from "../../workbook/grid";
import { cellValue, type RawCell } from "./cell-value";
import type { CellFormats } from "./styles";
import { StringItemText } from "./rich-text";
import { readXml, xmlTrue, type XmlHandlers, type XmlTag } from "./xml-events";
import { readXmlRegion } from "./xml-region";

/** The cells of one worksheet part, dense from A1, as SheetGrid wants them (rows, formats, hidden rows). */
export interface SheetCells {
  rows: CellValue[][];
  numberFormats: string[][];
  hiddenRows: number[];
}

export interface SheetContext {
  label: string;
  part: string;
  formats: CellFormats;
  sharedString(index: number): string | null;
  date1904: boolean;
}

/** The cells written in one row, by 0-based column (holes where none is written). */
interface RowCells {
  values: CellValue[];
  formats: string[];
  /** 1-based column of the last cell written. */
  lastCol: number;
}

/**
 * Streams a worksheet part with saxes: <sheetData> rows and cells, hidden rows, <mergeCells>. Rows and
 * cells without an r attribute (some writers leave it out) follow the previous one. The non-first cells
 * of a merged range are empty, as Excel shows (and Office.js reports) them, whatever the file holds.
 *
 * The grid's extent: up to the last row holding a value, and in the rows holding values up to the last
 * cell written (a styled empty one too), merged ranges included. Rows of styled empty cells below the
 * data are left out: LibreOffice can write them down to row 1,048,576, and they hold nothing to read.
 */
export function readSheetCells(xml: string, context: SheetContext): SheetCells {
  // <sheetData> by the fast scanner when it is sure of it (xml-region.ts), else the whole part by saxes, afresh.
  const fast = sheetReader(context);
  if (readXmlRegion(xml, "sheetData", fast.handlers)) return fast.cells();
  const full = sheetReader(context);
  readXml(xml, context.label, context.part, full.handlers);
  return full.cells();
}

/** The handlers reading one worksheet part's events, and the cells they read once the part is read. */
function sheetReader(context: SheetContext): { handlers: XmlHandlers; cells: () => SheetCells } {
  const cells = new Map<number, RowCells>();
  const hidden = new Set<number>();
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  let depth = 0;
  let dataDepth = -1;
  let row = 0;
  let col = 0;
  // One cell is read at a time: its element's content is collected here, afresh for each <c>.
  const raw: RawCell = { type: undefined, v: null, inline: null, hasFormula: false };
  let inCell = false;
  let style = 0;
  let cellRow = 0;
  let inValue = false;
  let inInline = false;
  const inline = new StringItemText();
  const cellContext = { sharedString: context.sharedString, isDate: false, date1904: context.date1904 };

  const openCell = (tag: XmlTag): void => {
    const r = tag.attr("r");
    const at = r === undefined ? null : parseAddress(r);
    cellRow = at?.row ?? row;
    col = at?.col ?? col + 1;
    style = Number(tag.attr("s") ?? 0) || 0;
    raw.type = tag.attr("t");
    raw.v = null;
    raw.inline = null;
    raw.hasFormula = false;
    inCell = true;
  };
  const closeCell = (): void => {
    cellContext.isDate = context.formats.isDate(style);
    const value = cellValue(raw, cellContext);
    // An element holding nothing and no style adds nothing, as in Excel; a styled empty cell still has its format.
    if (value === undefined && style === 0) return;
    let line = cells.get(cellRow);
    if (line === undefined) cells.set(cellRow, (line = { values: [], formats: [], lastCol: 0 }));
    line.values[col - 1] = value ?? null;
    line.formats[col - 1] = context.formats.formatOf(style);
    if (col > line.lastCol) line.lastCol = col;
  };

  const handlers: XmlHandlers = {
    open(tag) {
      depth++;
      if (!tag.main) return;
      if (dataDepth < 0) {
        if (tag.local === "sheetData") dataDepth = depth;
        else if (tag.local === "mergeCell") {
          const range = rangeOf(tag.attr("ref"));
          if (range !== null) merges.push(range);
        }
        return;
      }
      if (tag.local === "row" && depth === dataDepth + 1) {
        const r = Number(tag.attr("r"));
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        col = 0;
        if (xmlTrue(tag.attr("hidden"))) hidden.add(row);
      } else if (tag.local === "c" && depth === dataDepth + 2) openCell(tag);
      else if (inCell) {
        if (tag.local === "f") raw.hasFormula = true;
        else if (tag.local === "v") {
          inValue = true;
          raw.v ??= "";
        } else if (tag.local === "is") inInline = true;
        else if (inInline) inline.open(tag);
      }
    },
    close(tag) {
      depth--;
      if (dataDepth < 0 || !tag.main) return;
      if (depth < dataDepth) {
        dataDepth = -1;
        return;
      }
      if (!inCell) return;
      if (tag.local === "c" && depth === dataDepth + 1) {
        closeCell();
        inCell = false;
      } else if (tag.local === "v") inValue = false;
      else if (tag.local === "is") {
        inInline = false;
        raw.inline = inline.take();
      } else if (inInline) inline.close(tag);
    },
    text(text) {
      if (!inCell) return;
      if (inValue) raw.v += text;
      else if (inInline) inline.text(text);
    },
  };
  return { handlers, cells: () => extent(cells, merges, hidden) };
}

/** The grid's extent (see readSheetCells) and its dense rows. */
function extent(cells: Map<number, RowCells>, merges: readonly { top: number; left: number; bottom: number; right: number }[], hidden: ReadonlySet<number>): SheetCells {
  let lastRow = 0;
  let lastCol = 0;
  for (const [r, line] of cells) {
    if (!holdsValue(line.values)) continue;
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, line.lastCol);
  }
  for (const m of merges) {
    // A merge over whole rows or columns ("A:A" is written as A1:A1048576) must not blow the grid up.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_MERGE_CELLS) continue;
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }
  return dense(cells, merges, lastRow, lastCol, [...hidden].sort((a, b) => a - b));
}

function dense(cells: Map<number, RowCells>, merges: readonly { top: number; left: number; bottom: number; right: number }[], lastRow: number, lastCol: number, hiddenRows: number[]): SheetCells {
  const rows: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const line = cells.get(r);
    if (line === undefined) {
      rows.push(new Array<CellValue>(lastCol).fill(null));
      numberFormats.push(new Array<string>(lastCol).fill("General"));
      continue;
    }
    // The row's own arrays, completed in place (a big sheet's rows are not copied): its holes (no cell
    // written in that column) and the columns up to the grid's last become empty General cells, and
    // what lies beyond the grid's last column (styled empty cells) is cut off.
    const { values, formats } = line;
    for (let c = 0; c < lastCol; c++) {
      if (formats[c] !== undefined) continue;
      values[c] = null;
      formats[c] = "General";
    }
    values.length = lastCol;
    formats.length = lastCol;
    rows.push(values);
    numberFormats.push(formats);
  }
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      for (let c = m.left; c <= Math.min(m.right, lastCol); c++) if (r !== m.top || c !== m.left) rows[r - 1][c - 1] = null;
    }
  }
  return { rows, numberFormats, hiddenRows };
}

/** Whether a row's cells hold a value: holes (columns without a cell) are undefined, styled empty cells null. */
function holdsValue(values: readonly CellValue[]): boolean {
  for (let c = 0; c < values.length; c++) if (values[c] !== undefined && values[c] !== null) return true;
  return false;
}

/** Merged ranges larger than this many cells do not extend the grid (their first cell still counts). */
const MAX_MERGE_CELLS = 100_000;

function rangeOf(ref: string | undefined): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to] = (ref ?? "").split(":");
  const a = from === undefined ? null : parseAddress(from);
  const b = to === undefined ? a : parseAddress(to);
  if (a === null || b === null) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
