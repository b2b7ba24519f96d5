import type { CellValue, SheetGrid, WorkbookGrid } from "../workbook/grid";
import { probeSheetNames, readNeed, sameSheetName, type ReadNeed } from "./sheet-names";

/**
 * Reading the workbook into the plain grid the reader consumes.
 *
 * Office.js cannot list the sheets and load their cells in the same batch (the names are only known
 * after a sync), so the first batch loads the sheet and table lists AND speculatively the used ranges
 * of every sheet name we can guess: the contract's sheet names plus the names seen on previous runs
 * (`hints`). When every sheet was guessed, reading costs ONE sync; otherwise a second batch reads the
 * rest. If the speculative batch fails (a build that rejects calls chained on a null object), the
 * plain two-batch read runs instead. Program sheets other than Xếp hạng and the hidden history are
 * listed by name only: the reader never reads them, and Chi tiết điểm can be the largest sheet of the
 * workbook. The hidden history is read by its values only (all text), in the same batch, because the
 * comparison with the previous calculation comes from it.
 */
export interface ReadHints {
  sheetNames: readonly string[];
  tableNames: readonly string[];
}

export const NO_HINTS: ReadHints = { sheetNames: [], tableNames: [] };

const RANGE_PROPS = "values, numberFormat, valueTypes, rowIndex, columnIndex";
const VALUES_PROPS = "values, rowIndex, columnIndex";

function rangeProps(need: ReadNeed): string {
  return need === "values" ? VALUES_PROPS : RANGE_PROPS;
}

const needed = (name: string): boolean => readNeed(name) !== "name";

interface SheetProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

interface TableProbe {
  table: Excel.Table;
  range: Excel.Range;
}

export async function readInputs(context: Excel.RequestContext, hints: ReadHints = NO_HINTS): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets.load("items/name, items/visibility");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  let sheetProbes: SheetProbe[] = [];
  let tableProbes: TableProbe[] = [];
  try {
    sheetProbes = probeSheetNames(hints.sheetNames)
      .filter(needed)
      .map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
        return { sheet, used: sheet.getUsedRangeOrNullObject(true).load(rangeProps(readNeed(name))) };
      });
    tableProbes = hints.tableNames.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name).load("name");
      return { table, range: table.getRange().load("address") };
    });
    await context.sync();
  } catch {
    // Plain path: list first (this batch also reloads the collections), then read what is listed.
    worksheets.load("items/name, items/visibility");
    tables.load("items/name, items/worksheet/name");
    sheetProbes = [];
    tableProbes = [];
    await context.sync();
  }

  const used = new Map<string, Excel.Range | null>();
  for (const probe of sheetProbes) {
    if (!probe.sheet.isNullObject) used.set(probe.sheet.name, probe.used.isNullObject ? null : probe.used);
  }
  const tableRanges = new Map<string, string>();
  for (const probe of tableProbes) if (!probe.table.isNullObject) tableRanges.set(probe.table.name, probe.range.address);

  const sheetList = worksheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
  const tableList = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const missingSheets = sheetList.filter((s) => needed(s.name) && !findKey(used, s.name));
  const missingTables = tableList.filter((t) => !findKey(tableRanges, t.name));
  if (missingSheets.length || missingTables.length) {
    const extraSheets = missingSheets.map((s) => ({
      name: s.name,
      used: context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load(rangeProps(readNeed(s.name))),
    }));
    const extraTables = missingTables.map((t) => ({ name: t.name, range: context.workbook.tables.getItem(t.name).getRange().load("address") }));
    await context.sync();
    for (const s of extraSheets) used.set(s.name, s.used.isNullObject ? null : s.used);
    for (const t of extraTables) tableRanges.set(t.name, t.range.address);
  }

  return {
    sheets: sheetList.map((s): SheetGrid => {
      const tablesHere = tableList
        .filter((t) => sameSheetName(t.sheet, s.name))
        .map((t) => ({ name: t.name, range: localAddress(findKey(tableRanges, t.name)?.[1] ?? "") }))
        .filter((t) => t.range !== "");
      const range = needed(s.name) ? (findKey(used, s.name)?.[1] ?? null) : null;
      return { ...rangeToGrid(s.name, range, readNeed(s.name)), tables: tablesHere, visible: s.visible };
    }),
  };
}

function findKey<V>(map: Map<string, V>, name: string): [string, V] | undefined {
  for (const entry of map) if (sameSheetName(entry[0], name)) return entry;
  return undefined;
}

/** "'Chỉ tiêu'!B3:K20" → "B3:K20". */
export function localAddress(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

/**
 * A loaded used range as a SheetGrid: error cells become CellError (valueTypes "Error"), empty cells null.
 * A range loaded by its values only (need "values") has no types or formats: its cells are taken as they come.
 */
export function rangeToGrid(name: string, range: Excel.Range | null, need: ReadNeed = "full"): Omit<SheetGrid, "tables" | "visible"> {
  if (!range) return { name, rows: [], originRow: 1, originCol: 1, numberFormats: [] };
  const full = need === "full";
  const types = full ? (range.valueTypes as string[][]) : [];
  const rows = (range.values as unknown[][]).map((row, r) => row.map((value, c) => toCell(value, types[r]?.[c])));
  return {
    name,
    rows,
    originRow: range.rowIndex + 1,
    originCol: range.columnIndex + 1,
    ...(full ? { numberFormats: range.numberFormat as string[][] } : {}),
  };
}

function toCell(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
