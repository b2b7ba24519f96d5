import type { Calculation } from "../workbook/calculate";
import type { RenderedSheet } from "../workbook/rendering/output-types";
import { RANKING_HEADERS } from "../workbook/rendering/labels";
import { textKey } from "../scoring/text";

export type RankChange = { kind: "up" | "down"; places: number } | { kind: "same" } | { kind: "new" };

const CODE_HEADERS = [RANKING_HEADERS.code.vi, RANKING_HEADERS.code.en].map(textKey);
const CHANGE_HEADERS = [RANKING_HEADERS.change.vi, RANKING_HEADERS.change.en].map(textKey);

/** "▲2" / "▼1" / "–" as written in the Xếp hạng sheet's Thay đổi hạng column; null when empty. */
export function parseRankChange(text: string): RankChange | null {
  const s = text.trim();
  if (s === "") return null;
  const up = /^[▲↑+]\s*(\d+)$/.exec(s);
  if (up) return { kind: "up", places: Number(up[1]) };
  const down = /^[▼↓-]\s*(\d+)$/.exec(s);
  if (down) return { kind: "down", places: Number(down[1]) };
  if (/^[–—-]$/.test(s) || s === "0") return { kind: "same" };
  return { kind: "new" };
}

/** The change column of the rendered ranking sheet, by member code; null when the sheet has no such column. */
function changesFromSheet(sheet: RenderedSheet): Map<string, RankChange> | null {
  const header = sheet.values[sheet.headerRow];
  if (!header) return null;
  const names = header.map((v) => textKey(String(v ?? "")));
  const codeCol = names.findIndex((n) => CODE_HEADERS.includes(n));
  const changeCol = names.findIndex((n) => CHANGE_HEADERS.includes(n));
  if (codeCol < 0 || changeCol < 0) return null;
  const changes = new Map<string, RankChange>();
  for (const row of sheet.values.slice(sheet.headerRow + 1)) {
    const code = row[codeCol];
    const change = parseRankChange(String(row[changeCol] ?? ""));
    if (code !== null && code !== "" && change) changes.set(String(code), change);
  }
  return changes;
}

function changesFromPrevious(current: Calculation, previous: Calculation): Map<string, RankChange> {
  const before = new Map(previous.result.units.filter((u) => u.rank !== null).map((u) => [u.code, u.rank as number]));
  const changes = new Map<string, RankChange>();
  for (const unit of current.result.units) {
    if (unit.rank === null) continue;
    const old = before.get(unit.code);
    if (old === undefined) changes.set(unit.code, { kind: "new" });
    else if (old === unit.rank) changes.set(unit.code, { kind: "same" });
    else changes.set(unit.code, old > unit.rank ? { kind: "up", places: old - unit.rank } : { kind: "down", places: unit.rank - old });
  }
  return changes;
}

/**
 * Rank change per member code. The calculation carries the change against the ranking that was on the
 * sheet (its Thay đổi hạng column); without it, the previous run of this session is used; with neither
 * the map is empty and the pane shows no change.
 */
export function rankChanges(current: Calculation, previousInSession: Calculation | null): Map<string, RankChange> {
  const fromSheet = current.outputs.ranking ? changesFromSheet(current.outputs.ranking) : null;
  if (fromSheet) return fromSheet;
  return previousInSession ? changesFromPrevious(current, previousInSession) : new Map();
}
