import { both } from "../../scoring/format";
import { formatInput, formatNumber } from "../../scoring/number-display";
import { words } from "../../scoring/vocabulary/words";
import type { Lang, Localized } from "../../scoring/types";
import { parseAddress } from "../grid";
import { compactKey, labelKey } from "../reading/text-key";
import type { CalculationSnapshot, SnapshotValue } from "./snapshot";

/** One amended input cell, with the member whose row it is in (null for Cấu hình, headers, other sheets). */
export interface CellChange {
  sheet: string;
  cell: string;
  before: SnapshotValue;
  after: SnapshotValue;
  memberCode: string | null;
}

/** How a member came out of the amendment. Totals and ranks are null when that calculation had none. */
export interface MemberEffect {
  code: string;
  name: string;
  totalBefore: number | null;
  totalAfter: number | null;
  pointsDelta: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** True when none of its own cells changed: it moved because of the others (or a setting). */
  indirect: boolean;
}

export interface Comparison {
  previousTime: string;
  currentTime: string;
  changes: CellChange[];
  /** Members with changed cells, then members whose points or rank changed without. */
  effects: MemberEffect[];
  /** e.g. "Kho bạc, Chỉ tiêu!H9: 99,6 → 100 ⇒ +0,28 điểm, hạng 3 → 2" */
  lines: Localized[];
}

/** Header words of the member code column, as labelKey gives them (see aliases.ts for the reader's list). */
const CODE_HEADER_KEYS = new Set(["ma don vi", "ma dv", "ma", "ma so", "code", "unit code", "member code"]);

type CellIndex = { get(sheet: string): SheetCells | undefined };

export function compareSnapshots(previous: CalculationSnapshot, current: CalculationSnapshot): Comparison {
  const knownCodes = new Map<string, string>();
  for (const u of [...previous.units, ...current.units]) knownCodes.set(compactKey(u.code), u.code);
  // A 300 × 20 bloc holds ~50,000 cells: each snapshot's keys are listed and grouped by sheet once (a for-in
  // over a dictionary-mode object collects and sorts its keys every time), then indexed lazily per sheet.
  const currentKeys = keysBySheet(current.inputs);
  const previousKeys = keysBySheet(previous.inputs);
  const memberOf = memberLocator([lazyIndex(current.inputs, currentKeys), lazyIndex(previous.inputs, previousKeys)], knownCodes);

  const changes: CellChange[] = [];
  const record = (sheet: string, key: string, old: SnapshotValue, now: SnapshotValue) => {
    const cell = key.slice(sheet.length + 1);
    changes.push({ sheet, cell, before: old, after: now, memberCode: memberOf(sheet, cell) });
  };
  for (const [sheet, keys] of currentKeys) {
    for (const key of keys) {
      const now = current.inputs[key];
      const old = Object.hasOwn(previous.inputs, key) ? previous.inputs[key] : null;
      if (old !== now) record(sheet, key, old, now);
    }
  }
  for (const [sheet, keys] of previousKeys) {
    for (const key of keys) {
      if (!Object.hasOwn(current.inputs, key) && previous.inputs[key] !== null) record(sheet, key, previous.inputs[key], null);
    }
  }
  const sheetOrder = sheetsInOrder(currentKeys, previousKeys);
  changes.sort((a, b) => compareCells(a, b, sheetOrder));

  const effects = memberEffects(changes, previous, current);
  return { previousTime: previous.time, currentTime: current.time, changes, effects, lines: comparisonLines(changes, effects, current) };
}

/** A snapshot's keys grouped by sheet ("Sheet!A1": the sheet is what precedes the last "!"), in key order. */
function keysBySheet(inputs: Record<string, SnapshotValue>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let prefix = "";
  let group: string[] = [];
  for (const key of Object.keys(inputs)) {
    // Keys come grouped by sheet: only a new prefix needs splitting.
    if (prefix === "" || !key.startsWith(prefix) || key.indexOf("!", prefix.length) !== -1) {
      const sheet = key.slice(0, key.lastIndexOf("!"));
      prefix = sheet + "!";
      group = groups.get(sheet) ?? [];
      if (group.length === 0) groups.set(sheet, group);
    }
    group.push(key);
  }
  return groups;
}

/** Row → column → value for one sheet, built on first use. */
type SheetCells = Map<number, Map<number, SnapshotValue>>;

function lazyIndex(inputs: Record<string, SnapshotValue>, keys: Map<string, string[]>): { get(sheet: string): SheetCells | undefined } {
  const built = new Map<string, SheetCells | undefined>();
  return {
    get(sheet) {
      if (built.has(sheet)) return built.get(sheet);
      let rows: SheetCells | undefined;
      for (const key of keys.get(sheet) ?? []) {
        const at = parseAddress(key.slice(sheet.length + 1));
        if (!at) continue;
        rows ??= new Map();
        let cols = rows.get(at.row);
        if (!cols) rows.set(at.row, (cols = new Map()));
        cols.set(at.col, inputs[key]);
      }
      built.set(sheet, rows);
      return rows;
    },
  };
}

/**
 * The member a cell belongs to is the code in its row: in the sheet's code column (found by its header),
 * else the one cell of the row holding a known member code. Rows are joined by code, never by position.
 */
function memberLocator(indexes: CellIndex[], knownCodes: Map<string, string>): (sheet: string, cell: string) => string | null {
  const codeColumns = new Map<string, { headerRow: number; col: number } | null>();
  const codeColumn = (sheet: string) => {
    if (!codeColumns.has(sheet)) codeColumns.set(sheet, findCodeColumn(indexes, sheet));
    return codeColumns.get(sheet)!;
  };
  return (sheet, cell) => {
    const at = parseAddress(cell);
    if (!at) return null;
    const column = codeColumn(sheet);
    for (const ix of indexes) {
      const row = ix.get(sheet)?.get(at.row);
      if (!row) continue;
      if (column && at.row > column.headerRow) {
        const value = row.get(column.col);
        if (value !== undefined && value !== null && value !== "") return knownCodes.get(compactKey(String(value))) ?? String(value).trim();
      }
      const matches = [...row.values()].flatMap((v) => {
        const code = typeof v === "string" || typeof v === "number" ? knownCodes.get(compactKey(String(v))) : undefined;
        return code ? [code] : [];
      });
      if (new Set(matches).size === 1) return matches[0];
    }
    return null;
  };
}

/** The first snapshot (current, then previous) whose sheet has a code header; the later ones are indexed only if needed. */
function findCodeColumn(indexes: CellIndex[], sheet: string): { headerRow: number; col: number } | null {
  for (const ix of indexes) {
    const rows = ix.get(sheet);
    if (!rows) continue;
    const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
    for (const r of rowNumbers) {
      for (const [col, value] of rows.get(r)!) {
        if (typeof value === "string" && CODE_HEADER_KEYS.has(labelKey(value))) return { headerRow: r, col };
      }
    }
  }
  return null;
}

function sheetsInOrder(current: Map<string, string[]>, previous: Map<string, string[]>): Map<string, number> {
  const order = new Map<string, number>();
  for (const sheet of [...current.keys(), ...previous.keys()]) if (!order.has(sheet)) order.set(sheet, order.size);
  return order;
}

function compareCells(a: CellChange, b: CellChange, sheetOrder: Map<string, number>): number {
  const sheet = (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0);
  if (sheet !== 0) return sheet;
  const pa = parseAddress(a.cell);
  const pb = parseAddress(b.cell);
  if (!pa || !pb) return a.cell.localeCompare(b.cell);
  return pa.row - pb.row || pa.col - pb.col;
}

function memberEffects(changes: CellChange[], previous: CalculationSnapshot, current: CalculationSnapshot): MemberEffect[] {
  const before = new Map(previous.units.map((u) => [u.code, u]));
  const after = new Map(current.units.map((u) => [u.code, u]));
  const direct = [...new Set(changes.flatMap((c) => (c.memberCode ? [c.memberCode] : [])))];
  const effect = (code: string, indirect: boolean): MemberEffect => {
    const b = before.get(code);
    const a = after.get(code);
    return {
      code,
      name: a?.name ?? b?.name ?? code,
      totalBefore: b?.total ?? null,
      totalAfter: a?.total ?? null,
      pointsDelta: a && b ? a.total - b.total : null,
      rankBefore: b?.rank ?? null,
      rankAfter: a?.rank ?? null,
      indirect,
    };
  };
  const effects = direct.map((code) => effect(code, false));
  // Only when both calculations ranked: a blocked one has no units, which is not a change of everybody.
  if (previous.units.length > 0 && current.units.length > 0) {
    for (const u of current.units) {
      if (direct.includes(u.code)) continue;
      const e = effect(u.code, true);
      if (e.rankBefore !== e.rankAfter || (e.pointsDelta !== null && e.pointsDelta !== 0)) effects.push(e);
    }
  }
  return effects;
}

function comparisonLines(changes: CellChange[], effects: MemberEffect[], current: CalculationSnapshot): Localized[] {
  const lines: Localized[] = [];
  for (const c of changes.filter((c) => c.memberCode === null)) {
    lines.push(both((l) => `${c.sheet}!${c.cell}: ${showValue(c.before, l)} → ${showValue(c.after, l)}`));
  }
  const blocked = current.units.length === 0;
  for (const e of effects.filter((e) => !e.indirect)) {
    const own = changes.filter((c) => c.memberCode === e.code);
    own.forEach((c, i) => {
      const last = i === own.length - 1;
      lines.push(
        both((l) => {
          const head = `${e.name}, ${c.sheet}!${c.cell}: ${showValue(c.before, l)} → ${showValue(c.after, l)}`;
          if (!last) return head;
          const all = own.length > 1 ? words(l).allCells({ count: own.length }) : "";
          return `${head} ⇒ ${all}${blocked ? notRanked(l) : effectText(e, l)}`;
        }),
      );
    });
  }
  for (const e of effects.filter((e) => e.indirect)) {
    lines.push(both((l) => `${e.name}: ${effectText(e, l)} ${words(l).indirectChange}`));
  }
  if (lines.length === 0) {
    lines.push(both((l) => words(l).noInputChanged));
  }
  return lines;
}

function notRanked(lang: Lang): string {
  return words(lang).notRankedErrors;
}

/** "+1,50 điểm", "điểm không đổi", "điểm chưa so sánh được": a change of total points (also the CLI's --previous). */
export function pointsChangeText(delta: number | null, lang: Lang): string {
  const w = words(lang);
  if (delta === null) return w.pointsNotComparable;
  if (delta === 0) return w.pointsUnchanged;
  return w.pointsDelta({ delta: `${delta > 0 ? "+" : "-"}${formatNumber(Math.abs(delta), lang, 2)}` });
}

function effectText(e: MemberEffect, lang: Lang): string {
  const w = words(lang);
  const rank = (r: number | null) => (r === null ? "–" : String(r));
  const rankText =
    e.rankBefore === e.rankAfter && e.rankAfter !== null ? w.keepsRank({ rank: String(e.rankAfter) }) : w.rankMove({ from: rank(e.rankBefore), to: rank(e.rankAfter) });
  return `${pointsChangeText(e.pointsDelta, lang)}, ${rankText}`;
}

function showValue(value: SnapshotValue, lang: Lang): string {
  const w = words(lang);
  if (value === null) return w.emptyValue;
  if (typeof value === "number") return formatInput(value, lang);
  if (typeof value === "boolean") return value ? w.trueValue : w.falseValue;
  return value;
}
