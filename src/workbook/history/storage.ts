import type { Localized } from "../../scoring/types";
import { messageInBoth } from "../../scoring/vocabulary/message-words";
import type { CellValue } from "../grid";
import { sheetInputsOf, type CalculationSnapshot, type SheetInputs, type SnapshotUnit, type SnapshotValue } from "./snapshot";
import { HISTORY_DATA_SHEET } from "./history-names";
import { HISTORY_DATA_MARKER } from "../output-sheets/program-sheets";

/**
 * The hidden sheet "_ktd_lich_su": row 1 is a header naming the format; then one row per calculation,
 * oldest first: [ROW_MARKER, number of chunks, chunk 1, chunk 2, …]. The JSON is cut into chunks under
 * Excel's 32,767-character cell limit, and every chunk starts with CHUNK_PREFIX so that no cell ever
 * begins with = + - @ (Office.js would take it for a formula) or looks like a number or date.
 */
export const HEADER_MARKER = HISTORY_DATA_MARKER;
const HEADER_NOTE = "Dữ liệu lịch sử tính điểm của add-in: không sửa tay (internal data of the add-in, do not edit)";
const ROW_MARKER = "v1";
const CHUNK_PREFIX = "j";
export const CHUNK_SIZE = 30000;
/** How many calculations are kept. */
export const MAX_SNAPSHOTS = 20;
/** Total JSON kept, so writing the sheet stays well under Excel on the web's 5 MB request limit. */
export const MAX_HISTORY_CHARS = 2_000_000;

export interface ParsedHistory {
  snapshots: CalculationSnapshot[];
  /** Set when some or all rows could not be read: those calculations are dropped, the rest kept. */
  warning: Localized | null;
}

/** Compact stored form: short keys and inputs grouped by sheet (the sheet name is not repeated per cell). */
interface StoredSnapshot {
  v: 1;
  t: string;
  i: Record<string, Record<string, SnapshotValue>>;
  u: [string, string, number | null, number, number][];
  e: number;
  w: number;
  m: number;
}

/**
 * Rows to write to HISTORY_DATA_SHEET: the newest MAX_SNAPSHOTS within MAX_HISTORY_CHARS (the newest two always).
 * Only the newest calculation keeps its input cells: the next comparison needs nothing older, and the
 * history list needs only the summaries. This keeps a 300-member bloc's sheet (read back in the add-in's
 * single read request) at one copy of the inputs instead of twenty.
 */
export function serializeSnapshots(snapshots: CalculationSnapshot[]): string[][] {
  const kept = snapshots.slice(-MAX_SNAPSHOTS);
  const jsons = kept.map((s, i) => storedJson(s, i === kept.length - 1));
  let total = jsons.reduce((sum, j) => sum + j.length, 0);
  while (jsons.length > 2 && total > MAX_HISTORY_CHARS) total -= jsons.shift()!.length;
  const rows = jsons.map((json) => {
    const chunks = splitChunks(json);
    return [ROW_MARKER, String(chunks.length), ...chunks.map((c) => CHUNK_PREFIX + c)];
  });
  const width = Math.max(2, ...rows.map((r) => r.length));
  return [[HEADER_MARKER, HEADER_NOTE], ...rows].map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Reads HISTORY_DATA_SHEET back. A sheet edited by hand loses only the rows that no longer read. */
export function parseSnapshots(rows: CellValue[][]): ParsedHistory {
  const nonEmpty = rows.filter((r) => r.some((c) => c !== null && c !== ""));
  if (nonEmpty.length === 0) return { snapshots: [], warning: null };
  if (text(nonEmpty[0][0]) !== HEADER_MARKER) return { snapshots: [], warning: corrupt("all") };
  const headerIndex = rows.indexOf(nonEmpty[0]);
  const snapshots: CalculationSnapshot[] = [];
  const bad: number[] = [];
  rows.forEach((row, index) => {
    if (index === headerIndex || !row.some((c) => c !== null && c !== "")) return;
    const snapshot = parseRow(row);
    if (snapshot) snapshots.push(snapshot);
    else bad.push(index + 1);
  });
  if (bad.length === 0) return { snapshots, warning: null };
  return { snapshots, warning: snapshots.length === 0 ? corrupt("all") : corrupt(bad) };
}

function corrupt(rows: "all" | number[]): Localized {
  if (rows === "all") return messageInBoth((m) => m.historyCorrupt({ sheet: HISTORY_DATA_SHEET }));
  return messageInBoth((m) => m.historyRowsCorrupt({ sheet: HISTORY_DATA_SHEET, rows: rows.join(", ") }));
}

function parseRow(row: CellValue[]): CalculationSnapshot | null {
  if (text(row[0]) !== ROW_MARKER) return null;
  const count = Number(row[1]);
  if (!Number.isInteger(count) || count < 1 || row.length < 2 + count) return null;
  const chunks = row.slice(2, 2 + count).map(text);
  if (chunks.some((c) => c === null || !c.startsWith(CHUNK_PREFIX))) return null;
  try {
    return fromStored(JSON.parse(chunks.map((c) => c!.slice(CHUNK_PREFIX.length)).join("")));
  } catch {
    return null;
  }
}

function text(cell: CellValue | undefined): string | null {
  return typeof cell === "string" ? cell : null;
}

/** Cuts at CHUNK_SIZE, never between the two halves of a surrogate pair (a lone half would be mangled). */
export function splitChunks(json: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(json.length, start + CHUNK_SIZE);
    const code = json.charCodeAt(end - 1);
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks.length > 0 ? chunks : [""];
}

/** JSON.stringify(toStored(…)), the inputs written straight from a new snapshot's cells when it has them. */
function storedJson(s: CalculationSnapshot, withInputs: boolean): string {
  const sheets = withInputs ? sheetInputsOf(s) : undefined;
  const inputs = sheets === undefined ? null : inputsJson(sheets);
  if (inputs === null) return JSON.stringify(toStored(s, withInputs));
  // The JSON of the snapshot without inputs, its empty "i" filled in (no text before "i" can hold it: "t" is escaped).
  return JSON.stringify(toStored(s, false)).replace('"i":{}', () => `"i":${inputs}`);
}

/**
 * The "i" member as JSON.stringify writes the grouped inputs: sheets in an object's key order (names
 * that are array indices first, in number order, then the others as added), cells in reading order.
 * Null when two input sheets share a name (their cells merge: left to the general path).
 */
function inputsJson(sheets: readonly SheetInputs[]): string | null {
  const byName: Record<string, SheetInputs> = Object.create(null) as Record<string, SheetInputs>;
  for (const s of sheets) {
    if (s.sheet in byName) return null;
    byName[s.sheet] = s;
  }
  const parts: string[] = [];
  for (const name of Object.keys(byName)) {
    const { cells, values } = byName[name];
    let body = "";
    // Addresses are letters and digits: nothing to escape.
    for (let i = 0; i < cells.length; i++) body += `${i === 0 ? "" : ","}"${cells[i]}":${JSON.stringify(values[i])}`;
    parts.push(`${JSON.stringify(name)}:{${body}}`);
  }
  return `{${parts.join(",")}}`;
}

function toStored(s: CalculationSnapshot, withInputs: boolean): StoredSnapshot {
  const grouped = withInputs ? groupBySheet(s.inputs) : {};
  return { v: 1, t: s.time, i: grouped, u: s.units.map((u) => [u.code, u.name, u.rank, u.total, u.percent]), e: s.errors, w: s.warnings, m: s.membersRanked };
}

/** "Sheet!A1" keys split at the last "!" (a sheet name may hold one). */
function groupBySheet(inputs: Record<string, SnapshotValue>): StoredSnapshot["i"] {
  // No prototype: a sheet may be named anything, "__proto__" too.
  const grouped: StoredSnapshot["i"] = Object.create(null) as StoredSnapshot["i"];
  for (const [key, value] of Object.entries(inputs)) {
    const bang = key.lastIndexOf("!");
    const sheet = key.slice(0, bang);
    (grouped[sheet] ??= {})[key.slice(bang + 1)] = value;
  }
  return grouped;
}

/** Validates the shape strictly: a half-valid snapshot would make the comparison lie. */
function fromStored(raw: unknown): CalculationSnapshot | null {
  if (!isRecord(raw) || raw.v !== 1 || typeof raw.t !== "string" || !isRecord(raw.i) || !Array.isArray(raw.u)) return null;
  if (![raw.e, raw.w, raw.m].every((n) => typeof n === "number")) return null;
  const inputs: Record<string, SnapshotValue> = {};
  for (const [sheet, cells] of Object.entries(raw.i)) {
    if (!isRecord(cells)) return null;
    for (const [cell, value] of Object.entries(cells)) {
      if (!(value === null || ["string", "number", "boolean"].includes(typeof value))) return null;
      inputs[`${sheet}!${cell}`] = value as SnapshotValue;
    }
  }
  const units: SnapshotUnit[] = [];
  for (const u of raw.u) {
    if (!Array.isArray(u) || typeof u[0] !== "string" || typeof u[1] !== "string" || ![u[2], u[3], u[4]].every(isNumberOrNull)) return null;
    // JSON has no NaN: a percent of a member without maximum points was stored as null.
    units.push({ code: u[0], name: u[1], rank: u[2], total: u[3] ?? Number.NaN, percent: u[4] ?? Number.NaN });
  }
  return { version: 1, time: raw.t, inputs, units, errors: raw.e as number, warnings: raw.w as number, membersRanked: raw.m as number };
}

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || typeof value === "number";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
