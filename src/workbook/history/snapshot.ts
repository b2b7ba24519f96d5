import type { Calculation } from "../calculate";
import { columnLetter, isCellError, type CellValue, type WorkbookGrid } from "../grid";
import { isProgramSheet } from "./history-names";

export type SnapshotValue = string | number | boolean | null;

export interface SnapshotUnit {
  code: string;
  name: string;
  rank: number | null;
  total: number;
  percent: number;
}

/** What one calculation saw and produced, small enough to keep the last ~20 in the workbook. */
export interface CalculationSnapshot {
  version: 1;
  /** Local time of the calculation with its UTC offset, "2025-03-05T14:07:00+07:00". */
  time: string;
  /** "Sheet!A1" → value, for every non-empty cell of the input sheets (empty cells are left out). */
  inputs: Record<string, SnapshotValue>;
  /** In rank order, unranked last; empty when the ranking was blocked. */
  units: SnapshotUnit[];
  errors: number;
  warnings: number;
  membersRanked: number;
}

/** One input sheet's non-empty cells in reading order (row by row): addresses and values side by side. */
export interface SheetInputs {
  sheet: string;
  cells: string[];
  values: SnapshotValue[];
}

// The inputs of the snapshots made here, sheet by sheet: the history sheet stores them grouped so, and the
// flat "Sheet!A1" record (tens of thousands of keys for a 300-member bloc) is built only when something reads it.
const inputsBySheet = new WeakMap<CalculationSnapshot, readonly SheetInputs[]>();

/** The inputs sheet by sheet in the grid's order, when the snapshot was made by snapshotFromCalculation (undefined otherwise). */
export function sheetInputsOf(snapshot: CalculationSnapshot): readonly SheetInputs[] | undefined {
  return inputsBySheet.get(snapshot);
}

export function snapshotFromCalculation(grid: WorkbookGrid, calc: Calculation, now: Date): CalculationSnapshot {
  const { result } = calc;
  const sheets = snapshotInputs(grid);
  let flat: Record<string, SnapshotValue> | null = null;
  const snapshot: CalculationSnapshot = {
    version: 1,
    time: localIsoTime(now),
    get inputs() {
      return (flat ??= flatInputs(sheets));
    },
    units: result.units.map((u) => ({ code: u.code, name: u.name, rank: u.rank, total: u.total, percent: u.percent })),
    errors: result.issues.filter((i) => i.severity === "error").length,
    warnings: result.issues.filter((i) => i.severity === "warning").length,
    membersRanked: result.units.filter((u) => u.rank !== null).length,
  };
  inputsBySheet.set(snapshot, sheets);
  return snapshot;
}

/** Every non-empty input cell, sheet by sheet in the grid's order (sheets without one left out). */
function snapshotInputs(grid: WorkbookGrid): SheetInputs[] {
  const sheets: SheetInputs[] = [];
  for (const sheet of grid.sheets) {
    if (isProgramSheet(sheet.name)) continue;
    const letters: string[] = [];
    const cells: string[] = [];
    const values: SnapshotValue[] = [];
    for (let i = 0; i < sheet.rows.length; i++) {
      const row = sheet.rows[i];
      const rowNumber = sheet.originRow + i;
      for (let j = 0; j < row.length; j++) {
        const value = snapshotValue(row[j]);
        if (value === null) continue;
        cells.push((letters[j] ??= columnLetter(sheet.originCol + j)) + rowNumber);
        values.push(value);
      }
    }
    if (cells.length > 0) sheets.push({ sheet: sheet.name, cells, values });
  }
  return sheets;
}

/** "Sheet!A1" → value, sheet by sheet. */
function flatInputs(sheets: readonly SheetInputs[]): Record<string, SnapshotValue> {
  const inputs: Record<string, SnapshotValue> = {};
  for (const { sheet, cells, values } of sheets) for (let i = 0; i < cells.length; i++) inputs[`${sheet}!${cells[i]}`] = values[i];
  return inputs;
}

/** Dates as ISO text and error values as their text (#DIV/0!), so a snapshot is plain JSON. */
function snapshotValue(cell: CellValue): SnapshotValue {
  if (cell === null || cell === "") return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "number" && !Number.isFinite(cell)) return String(cell);
  return cell;
}

/** The officer's wall-clock time with its offset: shown as is, whatever the machine reading it later. */
export function localIsoTime(now: Date): string {
  const two = (n: number) => String(Math.trunc(n)).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return (
    `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}` +
    `T${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}` +
    `${sign}${two(abs / 60)}:${two(abs % 60)}`
  );
}

/** "05/03/2025 14:07" from a snapshot time, read as written (no time-zone conversion). */
export function displayTime(time: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : time;
}
