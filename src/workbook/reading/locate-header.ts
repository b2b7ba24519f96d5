import type { ColumnSpec, SheetSpec } from "./aliases";
import { cellText } from "./cell-values";
import { parseAddress, type CellValue, type SheetGrid } from "../grid";
import { labelKey } from "./text-key";

/** Where a sheet's header and data are, in worksheet coordinates (1-based rows and columns). */
export interface TableLayout<F extends string> {
  sheet: SheetGrid;
  headerRow: number;
  /** First labelled column of the header row: where a missing column is reported. */
  headerCol: number;
  /** Worksheet column of each field found. */
  columns: Map<F, number>;
  firstDataRow: number;
  lastDataRow: number;
  /** Required columns not found. */
  missing: ColumnSpec<F>[];
  /** Extra columns carrying a field's name that were ignored (the first one is used). */
  duplicates: Array<{ field: F; col: number; text: string }>;
}

/** Headers are looked for in the first 20 rows (the contract's promise to officers). */
const HEADER_SCAN_ROWS = 20;

interface AliasHit<F extends string> {
  field: F;
  weak: boolean;
}

interface RowMatch<F extends string> {
  columns: Map<F, number>;
  required: number;
  total: number;
  duplicates: Array<{ field: F; col: number; text: string }>;
}

const aliasIndexes = new WeakMap<SheetSpec, Map<string, AliasHit<string>>>();

function aliasIndex<F extends string>(spec: SheetSpec<F>): Map<string, AliasHit<F>> {
  const cached = aliasIndexes.get(spec);
  if (cached) return cached as Map<string, AliasHit<F>>;
  const index = new Map<string, AliasHit<F>>();
  for (const column of spec.columns) {
    for (const alias of [column.label.vi, column.label.en, ...column.aliases]) index.set(labelKey(alias), { field: column.field, weak: false });
    for (const alias of column.weak ?? []) if (!index.has(labelKey(alias))) index.set(labelKey(alias), { field: column.field, weak: true });
  }
  aliasIndexes.set(spec, index as Map<string, AliasHit<string>>);
  return index;
}

function matchLabels<F extends string>(spec: SheetSpec<F>, labels: Array<{ col: number; text: string }>): RowMatch<F> {
  const index = aliasIndex(spec);
  const columns = new Map<F, number>();
  const weak = new Map<F, number>();
  const duplicates: RowMatch<F>["duplicates"] = [];
  for (const { col, text } of labels) {
    const hit = index.get(labelKey(text));
    if (!hit) continue;
    if (hit.weak) {
      if (!weak.has(hit.field)) weak.set(hit.field, col);
    } else if (columns.has(hit.field)) {
      duplicates.push({ field: hit.field, col, text });
    } else {
      columns.set(hit.field, col);
    }
  }
  for (const [field, col] of weak) {
    if (!columns.has(field) && ![...columns.values()].includes(col)) columns.set(field, col);
  }
  const required = spec.columns.filter((c) => c.required && columns.has(c.field)).length;
  return { columns, required, total: columns.size, duplicates };
}

function better(a: RowMatch<string>, b: RowMatch<string> | null): boolean {
  return b === null || a.required > b.required || (a.required === b.required && a.total > b.total);
}

function headerText(value: CellValue | undefined): string | null {
  return typeof value === "string" ? cellText(value) : null;
}

function layout<F extends string>(
  spec: SheetSpec<F>,
  sheet: SheetGrid,
  headerRow: number,
  match: RowMatch<F> | null,
  labels: Array<{ col: number; text: string }>,
  lastDataRow: number,
): TableLayout<F> {
  const columns = match?.columns ?? new Map<F, number>();
  return {
    sheet,
    headerRow,
    headerCol: labels[0]?.col ?? sheet.originCol,
    columns,
    firstDataRow: headerRow + 1,
    lastDataRow,
    missing: spec.columns.filter((c) => c.required && !columns.has(c.field)),
    duplicates: match?.duplicates ?? [],
  };
}

function fromTables<F extends string>(spec: SheetSpec<F>, sheet: SheetGrid): TableLayout<F> | null {
  let best: { match: RowMatch<F>; layout: TableLayout<F> } | null = null;
  for (const table of sheet.tables ?? []) {
    const [from, to] = table.range.split(":").map((a) => parseAddress(a));
    if (!from || !to) continue;
    const cells = sheet.rows[from.row - sheet.originRow] ?? [];
    const labels: Array<{ col: number; text: string }> = [];
    for (let col = from.col; col <= to.col; col++) {
      const text = headerText(cells[col - sheet.originCol]);
      if (text !== null) labels.push({ col, text });
    }
    const match = matchLabels(spec, labels);
    // A table's Total Row is Excel's, not data, even when its label cell was cleared.
    const lastDataRow = table.totalsRow ? to.row - 1 : to.row;
    if (better(match, best?.match ?? null)) best = { match, layout: layout(spec, sheet, from.row, match, labels, lastDataRow) };
  }
  const requiredCount = spec.columns.filter((c) => c.required).length;
  return best !== null && best.match.required === requiredCount && best.match.total > 0 ? best.layout : null;
}

/**
 * Find the header row: the Excel table's header when the sheet has a table carrying the required
 * columns, else the row among the first 20 that names the most required (then most) columns. A
 * blank header cell takes the text above it, so two-row headers (a merged group header above the
 * real one, with "Mã đơn vị" merged down across both rows) are read as one.
 */
export function locateHeader<F extends string>(spec: SheetSpec<F>, sheet: SheetGrid): TableLayout<F> {
  const fromTable = fromTables(spec, sheet);
  if (fromTable) return fromTable;
  const lastRow = sheet.originRow + sheet.rows.length - 1;
  let best: { match: RowMatch<F>; index: number; labels: Array<{ col: number; text: string }> } | null = null;
  let firstNonEmpty: { index: number; labels: Array<{ col: number; text: string }> } | null = null;
  const scan = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < scan; i++) {
    const row = sheet.rows[i] ?? [];
    const above = i > 0 ? sheet.rows[i - 1] ?? [] : [];
    const width = Math.max(row.length, above.length);
    const labels: Array<{ col: number; text: string }> = [];
    for (let j = 0; j < width; j++) {
      const text = headerText(row[j]) ?? (cellText(row[j] ?? null) === null ? headerText(above[j]) : null);
      if (text !== null) labels.push({ col: sheet.originCol + j, text });
    }
    if (firstNonEmpty === null && row.some((v) => cellText(v ?? null) !== null)) firstNonEmpty = { index: i, labels };
    const match = matchLabels(spec, labels);
    if (match.total > 0 && better(match, best?.match ?? null)) best = { match, index: i, labels };
  }
  if (best) return layout(spec, sheet, sheet.originRow + best.index, best.match, best.labels, lastRow);
  const index = firstNonEmpty?.index ?? 0;
  return layout(spec, sheet, sheet.originRow + index, null, firstNonEmpty?.labels ?? [], lastRow);
}
