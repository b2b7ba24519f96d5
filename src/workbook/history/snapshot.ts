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

/** A snapshot's inputs grouped by sheet: sheet name → "A1" → value, the form the history sheet stores (storage.ts). */
export type InputsBySheet = Record<string, Record<string, SnapshotValue>>;

// The grouped inputs of the snapshots made here: the history sheet stores them as they are, and the flat
// "Sheet!A1" record (tens of thousands of keys for a 300-member bloc) is built only when something reads it.
const groupedInputs = new WeakMap<CalculationSnapshot, InputsBySheet>();

/** The inputs grouped by sheet, when the snapshot was made by snapshotFromCalculation (undefined otherwise). */
export function inputsBySheetOf(snapshot: CalculationSnapshot): InputsBySheet | undefined {
  return groupedInputs.get(snapshot);
}

export function snapshotFromCalculation(grid: WorkbookGrid, calc: Calculation, now: Date): CalculationSnapshot {
  const { result } = calc;
  const { grouped, sheets } = snapshotInputs(grid);
  let flat: Record<string, SnapshotValue> | null = null;
  const snapshot: CalculationSnapshot = {
    version: 1,
    time: localIsoTime(now),
    get inputs() {
      return (flat ??= flatInputs(grouped, sheets));
    },
    units: result.units.map((u) => ({ code: u.code, name: u.name, rank: u.rank, total: u.total, percent: u.percent })),
    errors: result.issues.filter((i) => i.severity === "error").length,
    warnings: result.issues.filter((i) => i.severity === "warning").length,
    membersRanked: result.units.filter((u) => u.rank !== null).length,
  };
  groupedInputs.set(snapshot, grouped);
  return snapshot;
}

/** Every non-empty input cell, and the sheets holding one in the grid's order (an object lists a sheet named "2024" first). */
function snapshotInputs(grid: WorkbookGrid): { grouped: InputsBySheet; sheets: string[] } {
  // No prototype: a sheet may be named anything, "__proto__" too.
  const inputs: InputsBySheet = Object.create(null) as InputsBySheet;
  const sheets: string[] = [];
  for (const sheet of grid.sheets) {
    if (isProgramSheet(sheet.name)) continue;
    const letters: string[] = [];
    sheet.rows.forEach((row, i) => {
      const rowNumber = sheet.originRow + i;
      row.forEach((cell, j) => {
        const value = snapshotValue(cell);
        if (value === null) return;
        let cells = inputs[sheet.name];
        if (cells === undefined) {
          inputs[sheet.name] = cells = {};
          sheets.push(sheet.name);
        }
        cells[(letters[j] ??= columnLetter(sheet.originCol + j)) + rowNumber] = value;
      });
    });
  }
  return { grouped: inputs, sheets };
}

/** "Sheet!A1" → value, sheet by sheet in `sheets`' order. */
function flatInputs(grouped: InputsBySheet, sheets: readonly string[]): Record<string, SnapshotValue> {
  const inputs: Record<string, SnapshotValue> = {};
  for (const sheet of sheets) for (const [cell, value] of Object.entries(grouped[sheet])) inputs[`${sheet}!${cell}`] = value;
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
