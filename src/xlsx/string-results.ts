import { isFormulaWithoutResult, parseAddress, type SheetGrid, type WorkbookGrid } from "../workbook/grid";
import { attributesOf, sheetParts } from "./package-parts";
import { entryBytes, findEntry, readZipDirectory, type InflateRaw } from "./zip-reader";

/**
 * Tells "formula whose saved result is the empty string" from "formula never calculated", which
 * ExcelJS cannot: for both it loads a formula without result. The file can. Excel saves a text result
 * as <c t="str"><f>…</f><v>…</v></c>, also when the text is empty (<v></v>); a program that never
 * calculated writes <c><f>…</f></c> (ExcelJS) or <c><f>…</f><v/></c> (openpyxl), never t="str".
 *
 * Only the sheets holding a formula without result are read again, so a workbook saved by Excel with
 * no "" result (nearly all of them) costs nothing more. When the sheet XML cannot be read, the cells
 * are read as empty, as before: a formula evaluating to "" must never block a ranking on a guess.
 */
export async function restoreEmptyStringResults(grid: WorkbookGrid, bytes: Uint8Array, inflate: InflateRaw): Promise<void> {
  const pending = grid.sheets.filter((sheet) => sheet.rows.some((row) => row.some(isFormulaWithoutResult)));
  if (pending.length === 0) return;
  let found: Map<string, Set<string>> | null;
  try {
    found = await emptyStringResultCells(bytes, new Set(pending.map((s) => s.name)), inflate);
  } catch {
    found = null;
  }
  for (const sheet of pending) {
    const cells = found?.get(sheet.name);
    if (cells === undefined) clearFormulasWithoutResult(sheet);
    else for (const address of cells) setFormulaResult(sheet, address, "");
  }
}

/** For each sheet named, the addresses of its formula cells saved with an empty text result. */
export async function emptyStringResultCells(bytes: Uint8Array, sheetNames: ReadonlySet<string>, inflate: InflateRaw): Promise<Map<string, Set<string>>> {
  const entries = readZipDirectory(bytes);
  if (entries === null) throw new Error("the zip directory cannot be read");
  const text = async (path: string): Promise<string | null> => {
    const entry = findEntry(entries, path);
    return entry === undefined ? null : new TextDecoder().decode(await entryBytes(bytes, entry, inflate));
  };
  const found = new Map<string, Set<string>>();
  for (const [name, path] of await sheetParts(entries, text)) {
    if (!sheetNames.has(name)) continue;
    const xml = await text(path);
    if (xml !== null) found.set(name, emptyStringCells(xml));
  }
  return found;
}

/** The opening tag of a cell with t="str" wherever the attribute stands: [1] tag name, [2] attributes, [3] "/" when empty. */
const CELL_WITH_TEXT_RESULT = /<((?:[\w.-]+:)?c)((?:\s[^>]*?)?\st\s*=\s*["']str["'][^>]*?)(\/?)>/g;

/** Addresses of formula cells typed as text (t="str") whose saved value is empty or absent. */
export function emptyStringCells(sheetXml: string): Set<string> {
  const cells = new Set<string>();
  if (!/\st\s*=\s*["']str["']/.test(sheetXml)) return cells;
  for (const match of sheetXml.matchAll(CELL_WITH_TEXT_RESULT)) {
    if (match[3] === "/") continue; // <c … t="str"/>: no formula
    const start = (match.index ?? 0) + match[0].length;
    const end = sheetXml.indexOf(`</${match[1]}>`, start);
    const content = sheetXml.slice(start, end < 0 ? undefined : end);
    const address = attributesOf(match[2]).get("r");
    if (address === undefined || !/<(?:[\w.-]+:)?f[\s>/]/.test(content)) continue;
    const value = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)</.exec(content);
    if (value === null || value[1] === "") cells.add(address);
  }
  return cells;
}

function setFormulaResult(sheet: SheetGrid, address: string, value: string): void {
  const at = parseAddress(address);
  if (at === null) return;
  const row = sheet.rows[at.row - sheet.originRow];
  const col = at.col - sheet.originCol;
  if (row !== undefined && isFormulaWithoutResult(row[col])) row[col] = value;
}

function clearFormulasWithoutResult(sheet: SheetGrid): void {
  for (const row of sheet.rows) {
    row.forEach((cell, col) => {
      if (isFormulaWithoutResult(cell)) row[col] = null;
    });
  }
}
