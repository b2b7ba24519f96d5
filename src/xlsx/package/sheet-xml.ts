import { cellAddress, columnLetter } from "../../workbook/grid";
import type { OutputValue, RenderedSheet } from "../../workbook/rendering/output-types";
import type { CellStyle } from "./cell-style";
import { layoutSheet } from "./sheet-layout";
import { StringSink, Utf8Sink, type TextSink } from "./utf8-sink";
import { xmlText } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Excel's paper size code for A4. */
const A4 = 9;
const MM_PER_INCH = 25.4;
/** Excel's default margins (inches) when the sheet asks for none. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
const DEFAULT_HEADER_MM = 8;
/** Light blue (the "good" grade's hue at a quarter strength): the percent's digits stay readable over the bar. */
const DATA_BAR_COLOR = "FFB3D4EA";

/** What the sheet's parts beside it are, for the references inside the sheet XML. */
export interface SheetParts {
  /** Relationship id of the sheet's table part; null when the table has no data row (an autofilter instead). */
  tableRelId: string | null;
  /** Relationship id of the sheet's drawing (the chart picture). */
  drawingRelId?: string;
  /** A data bar (min … max, the chart's value axis) over an A1 range (the chart sheet's percent column). */
  dataBar?: { range: string; min: number; max: number };
}

/** A cell format index for a style, from the workbook's style registry (styles-merge.ts). */
export type StyleIndex = (style: CellStyle) => number;

/** The table over header..tableEnd: its range and column names (unique, never empty: Excel's rules). */
export interface TableSpec {
  ref: string;
  columns: string[];
  /** True when there is at least one data row (Excel refuses a table without one). */
  hasData: boolean;
}

export function tableSpecOf(sheet: RenderedSheet): TableSpec | null {
  const header = sheet.values[sheet.headerRow] ?? [];
  if (header.length === 0) return null;
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const seen = new Set<string>();
  const columns = header.map((value, c) => {
    const base = value === null || String(value).trim() === "" ? `Column${c + 1}` : String(value);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
  const hasData = tableEnd > sheet.headerRow;
  const last = hasData ? tableEnd : sheet.headerRow;
  return { ref: `${cellAddress(sheet.headerRow + 1, 1)}:${cellAddress(last + 1, columns.length)}`, columns, hasData };
}

/**
 * The worksheet part of a rendered sheet: values (text as inline strings, so the workbook's shared
 * strings stay as they were), formats, widths, frozen rows, merges, wrapped row heights, the data bar,
 * the A4 page setup and the references to its table and drawing. Elements in CT_Worksheet order.
 */
export function renderedSheetXml(sheet: RenderedSheet, styleIndex: StyleIndex, parts: SheetParts): string {
  const sink = new StringSink();
  writeRenderedSheet(sink, sheet, styleIndex, parts);
  return sink.text();
}

/** renderedSheetXml as the part's bytes (UTF-8), written as it is made. */
export function renderedSheetPart(sheet: RenderedSheet, styleIndex: StyleIndex, parts: SheetParts): Uint8Array {
  const sink = new Utf8Sink();
  writeRenderedSheet(sink, sheet, styleIndex, parts);
  return sink.bytes();
}

function writeRenderedSheet(out: TextSink, sheet: RenderedSheet, styleIndex: StyleIndex, parts: SheetParts): void {
  const layout = layoutSheet(sheet);
  const table = tableSpecOf(sheet);
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">`);
  const fit = sheet.print.fitToWidth && sheet.print.scale === undefined;
  if (fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const lastRow = layout.rows.length > 0 ? layout.rows[layout.rows.length - 1].row : 0;
  const lastCol = Math.max(1, ...layout.rows.map((r) => r.cells));
  out.push(`<dimension ref="A1:${cellAddress(lastRow + 1, lastCol)}"/>`);
  out.push(sheetViews(sheet.freezeRows));
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths.length > 0) {
    out.push("<cols>");
    sheet.columnWidths.forEach((w, c) => out.push(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`));
    out.push("</cols>");
  }
  out.push("<sheetData>");
  // Each cell opens with `<c r="B7"`: the column's part of it made once.
  const opens = Array.from({ length: lastCol }, (_, c) => `<c r="${columnLetter(c + 1)}`);
  const styleAttribute = styleAttributes();
  // Body rows repeat a few looks: one format index per column and number format, looked up once.
  const bodyXfs = opens.map(() => new Map<string | undefined, number>());
  for (const { row, cells } of layout.rows) {
    const height = layout.heights.get(row);
    const r = row + 1;
    out.push(height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`);
    const values = sheet.values[row] ?? [];
    const formats = sheet.numberFormats[row];
    const plain = layout.plainBody(row);
    for (let c = 0; c < cells; c++) {
      const value = row === sheet.headerRow && table !== null && c < table.columns.length ? table.columns[c] : c < values.length ? values[c] : null;
      let xf: number;
      if (plain) {
        const format = c < values.length ? formats?.[c] : undefined;
        const known = bodyXfs[c].get(format);
        xf = known ?? styleIndex(layout.style(row, c));
        if (known === undefined) bodyXfs[c].set(format, xf);
      } else xf = styleIndex(layout.style(row, c));
      const xml = valueXml(value, styleAttribute(xf));
      if (xml !== "") out.push(`${opens[c]}${r}"${xml}`);
    }
    out.push("</row>");
  }
  out.push("</sheetData>");
  if (table !== null && !table.hasData) out.push(`<autoFilter ref="${table.ref}"/>`);
  const merges = sheet.merges ?? [];
  if (merges.length > 0) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.range}"/>`).join("")}</mergeCells>`);
  if (parts.dataBar) out.push(dataBarXml(parts.dataBar));
  if (sheet.print.centerHorizontally) out.push('<printOptions horizontalCentered="1"/>');
  out.push(marginsXml(sheet));
  out.push(pageSetupXml(sheet, fit));
  const breaks = sheet.rowBreaks ?? [];
  if (breaks.length > 0) out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  if (parts.drawingRelId) out.push(`<drawing r:id="${parts.drawingRelId}"/>`);
  if (parts.tableRelId) out.push(`<tableParts count="1"><tablePart r:id="${parts.tableRelId}"/></tableParts>`);
  out.push("</worksheet>");
}

/** The hidden history sheet's part: every cell text ("@"), so the JSON chunks are never read as numbers or dates. */
export function textSheetPart(rows: readonly (readonly string[])[], textXf: number): Uint8Array {
  const out = new Utf8Sink();
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>`);
  const s = styleAttributes()(textXf);
  rows.forEach((row, r) => {
    let cells = "";
    row.forEach((value, c) => {
      if (value !== "") cells += `<c r="${cellAddress(r + 1, c + 1)}"${valueXml(value, s)}`;
    });
    if (cells !== "") out.push(`<row r="${r + 1}">${cells}</row>`);
  });
  out.push("</sheetData></worksheet>");
  return out.bytes();
}

/** ` s="7"` for a format index, "" for 0 (the default), each made once. */
function styleAttributes(): (xf: number) => string {
  const made: string[] = [];
  return (xf) => (made[xf] ??= xf === 0 ? "" : ` s="${xf}"`);
}

/** A cell's XML after `<c r="A1"`, given its style attribute; "" for a cell with neither value nor style. */
function valueXml(value: OutputValue, s: string): string {
  if (typeof value === "number") return Number.isFinite(value) ? `${s}><v>${value}</v></c>` : s ? `${s}/>` : "";
  if (typeof value === "string" && value !== "") {
    const space = isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)) || value.includes("\n") ? ' xml:space="preserve"' : "";
    return `${s} t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
  }
  return s ? `${s}/>` : "";
}

/** What /\s/ matches (JavaScript's white space and line terminators), by UTF-16 code. */
function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function sheetViews(freezeRows: number): string {
  if (freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = `A${freezeRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function dataBarXml({ range, min, max }: { range: string; min: number; max: number }): string {
  return (
    `<conditionalFormatting sqref="${range}"><cfRule type="dataBar" priority="1"><dataBar minLength="0" maxLength="100">` +
    `<cfvo type="num" val="${min}"/><cfvo type="num" val="${max}"/><color rgb="${DATA_BAR_COLOR}"/></dataBar></cfRule></conditionalFormatting>`
  );
}

function marginsXml(sheet: RenderedSheet): string {
  const mm = sheet.print.marginsMm;
  const inches = (v: number) => Math.round((v / MM_PER_INCH) * 10000) / 10000;
  const m = mm
    ? { left: inches(mm.left), right: inches(mm.right), top: inches(mm.top), bottom: inches(mm.bottom), header: inches(mm.header ?? DEFAULT_HEADER_MM), footer: inches(mm.footer ?? DEFAULT_HEADER_MM) }
    : DEFAULT_MARGINS;
  return `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
}

function pageSetupXml(sheet: RenderedSheet, fit: boolean): string {
  const orientation = sheet.print.landscape ? "landscape" : "portrait";
  const scale = sheet.print.scale !== undefined ? ` scale="${Math.round(Math.min(400, Math.max(10, sheet.print.scale)))}"` : "";
  const fitting = fit ? ` fitToWidth="1" fitToHeight="${sheet.print.fitOnePage ? 1 : 0}"` : "";
  return `<pageSetup paperSize="${A4}"${scale}${fitting} orientation="${orientation}"/>`;
}

/** 'Xếp hạng'!$1:$3, the print titles of a sheet (a defined name's formula), rows first..last (1-based). */
export function printTitlesFormula(sheetName: string, first: number, last: number): string {
  return `${quoteSheetName(sheetName)}!$${first}:$${last}`;
}

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "D4:D6": the 0-based rows and column of a rendered sheet as an A1 range. */
export function columnRange(col: number, fromRow: number, toRow: number): string {
  const letter = columnLetter(col + 1);
  return `${letter}${fromRow + 1}:${letter}${toRow + 1}`;
}

