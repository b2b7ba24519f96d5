import { parseAddress } from "../../workbook/grid";
import type { CellFont, RenderedSheet } from "../../workbook/rendering/output-types";
import { fontResolver } from "../../workbook/rendering/cell-fonts";
import { wrappedRowHeights } from "../../workbook/rendering/row-heights";
import type { CellAlignment, CellStyle } from "./cell-style";

const HEADER_FONT: CellFont = { bold: true };
const TITLE_FONT: CellFont = { bold: true, size: 14 };
const SUBTITLE_FONT: CellFont = { bold: true, size: 11 };
// Long headers ("Nội dung III", "Hình thức khen thưởng") wrap instead of running into the next column.
const HEADER_ALIGNMENT: CellAlignment = { wrapText: true, vertical: "center", horizontal: "center" };
// A row made taller for a wrapped note keeps its other cells on its first line.
const BODY_ALIGNMENT: CellAlignment = { vertical: "top" };
const WRAP_ALIGNMENT: CellAlignment = { wrapText: true, vertical: "top" };

/**
 * Where a rendered sheet's cells are and how each looks: the rules the program's sheets have always
 * been written with (bold wrapped centred header, bold larger title, thin borders over the table, wrapped
 * note columns, merged ranges aligned as asked), plus the optional document fields (sheet font, font
 * spans, row heights). A sheet that sets fonts says every font itself (cell-fonts.ts, as in the add-in).
 * Pure: sheet-xml.ts writes what this decides.
 */
export interface SheetLayout {
  /** Columns in the table (the header's width). */
  width: number;
  /** 0-based last row of the table. */
  tableEnd: number;
  /** 0-based rows to write, each with the number of cells from column A. */
  rows: { row: number; cells: number }[];
  style(row: number, col: number): CellStyle;
  /**
   * True when the row's cells look alike by column and number format alone (a table body row with no
   * merge or font span): a writer may reuse one format index per column and number format.
   */
  plainBody(row: number): boolean;
  /** Row heights in points by 0-based row. */
  heights: Map<number, number>;
}

export function layoutSheet(sheet: RenderedSheet): SheetLayout {
  const width = sheet.values[sheet.headerRow]?.length ?? 0;
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const titles = new Set(sheet.titleRows);
  const wraps = new Set(sheet.wrapColumns);
  const widestWrap = sheet.wrapColumns.length > 0 ? Math.max(...sheet.wrapColumns) + 1 : 0;
  const merged = mergedCells(sheet);
  const lastRow = Math.max(sheet.values.length - 1, tableEnd, ...sheet.titleRows, ...[...merged.keys()].map((k) => k.row));
  const rows: { row: number; cells: number }[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const header = r === sheet.headerRow;
    const body = r > sheet.headerRow && r <= tableEnd;
    const mergedWidth = merged.widthOfRow.get(r) ?? 0;
    const cells = Math.max(sheet.values[r]?.length ?? 0, header || body ? width : 0, titles.has(r) ? 1 : 0, body ? widestWrap : 0, mergedWidth);
    if (cells > 0) rows.push({ row: r, cells });
  }

  const shared = new SharedStyles();
  const fontAt = fontResolver(sheet);
  const ownFont = (r: number, c: number, header: boolean): CellFont | undefined => {
    if (fontAt) return fontAt(r, c);
    return header ? HEADER_FONT : titles.has(r) && c === 0 ? (r === 0 ? TITLE_FONT : SUBTITLE_FONT) : undefined;
  };
  const ownStyle = (r: number, c: number): CellStyle => {
    const values = sheet.values[r] ?? [];
    const header = r === sheet.headerRow;
    const body = r > sheet.headerRow && r <= tableEnd;
    const inTable = (header || body) && c < width;
    const format = c < values.length ? sheet.numberFormats[r]?.[c] : undefined;
    const alignment = header && c < width ? HEADER_ALIGNMENT : body && wraps.has(c) ? WRAP_ALIGNMENT : inTable && body ? BODY_ALIGNMENT : undefined;
    return shared.of(format, ownFont(r, c, header && c < width), inTable, alignment);
  };
  const style = (r: number, c: number): CellStyle => {
    const owner = merged.rows.has(r) ? merged.ownerOf(r, c) : null;
    if (owner === null) return ownStyle(r, c);
    // The cells of a merged range look like its top-left cell, aligned as the range asks.
    const top = ownStyle(owner.row, owner.col);
    return shared.of(top.numFmt, top.font, top.border !== undefined, { ...top.alignment, horizontal: owner.align, vertical: "center", wrapText: true });
  };
  const spanRows = new Set((sheet.fonts ?? []).map((span) => span.row));
  const plainBody = (r: number): boolean => r > sheet.headerRow && r <= tableEnd && !titles.has(r) && !merged.rows.has(r) && !spanRows.has(r);
  return { width, tableEnd, rows, style, plainBody, heights: rowHeights(sheet) };
}

/** The estimates for wrapped text (they know the sheet's fonts and leave its fixed rows alone), then the sheet's own heights. */
function rowHeights(sheet: RenderedSheet): Map<number, number> {
  const heights = wrappedRowHeights(sheet);
  for (const { row, points } of sheet.rowHeights ?? []) heights.set(row, points);
  return heights;
}

interface MergedCells {
  keys(): IterableIterator<{ row: number }>;
  /** 0-based rows with a merged cell. */
  rows: Set<number>;
  widthOfRow: Map<number, number>;
  ownerOf(row: number, col: number): { row: number; col: number; align: "left" | "center" } | null;
}

/** Every cell of every merged range, 0-based, with the range's top-left cell and alignment. */
function mergedCells(sheet: RenderedSheet): MergedCells {
  const owners = new Map<string, { row: number; col: number; align: "left" | "center" }>();
  const widthOfRow = new Map<number, number>();
  const rows: { row: number }[] = [];
  for (const merge of sheet.merges ?? []) {
    const [from, to] = merge.range.split(":").map(parseAddress);
    if (!from || !to) continue;
    const owner = { row: from.row - 1, col: from.col - 1, align: merge.align };
    for (let r = from.row - 1; r <= to.row - 1; r++) {
      rows.push({ row: r });
      widthOfRow.set(r, Math.max(widthOfRow.get(r) ?? 0, to.col));
      for (let c = from.col - 1; c <= to.col - 1; c++) owners.set(`${r},${c}`, owner);
    }
  }
  return { keys: () => rows.values(), rows: new Set(rows.map((r) => r.row)), widthOfRow, ownerOf: (r, c) => owners.get(`${r},${c}`) ?? null };
}

/**
 * One CellStyle object per distinct combination, found by a cheap key (the writer's constants by
 * identity, anything built per cell by its JSON), so the style registry sees a few objects, not one per cell.
 */
class SharedStyles {
  private readonly ids = new Map<unknown, number>();
  private readonly styles = new Map<string, CellStyle>();

  of(numFmt: string | undefined, font: CellFont | undefined, border: boolean, alignment: CellAlignment | undefined): CellStyle {
    const key = `${numFmt ?? ""}\u0001${this.id(font)}\u0001${border ? 1 : 0}\u0001${this.id(alignment)}`;
    let style = this.styles.get(key);
    if (style === undefined) {
      style = { numFmt, font, border: border ? "thin" : undefined, alignment };
      this.styles.set(key, style);
    }
    return style;
  }

  private readonly byJson = new Map<string, number>();

  private id(part: object | undefined): number {
    if (part === undefined) return 0;
    const known = this.ids.get(part);
    if (known !== undefined) return known;
    const json = JSON.stringify(part);
    let id = this.byJson.get(json);
    if (id === undefined) {
      id = this.byJson.size + 1;
      this.byJson.set(json, id);
    }
    this.ids.set(part, id);
    return id;
  }
}
