import { pointsChangeText } from "../workbook/history/compare";
import { words } from "../scoring/vocabulary/words";
import type { BlocResult, Lang, Localized } from "../scoring/types";
import type { ResultJson } from "../workbook/rendering/result-json";
import { compactKey } from "../workbook/reading/text-key";

/**
 * Rank and points changes per member against an earlier result.json, which holds no inputs: cell-level
 * changes need the earlier workbook, and the lines say so. Members are joined by code, never by position.
 */
export function compareWithResultJson(previous: ResultJson, current: BlocResult): Localized[] {
  const before = new Map(previous.units.map((u) => [compactKey(u.code), u]));
  const seen = new Set<string>();
  const lines: Localized[] = [];
  for (const u of current.units) {
    const key = compactKey(u.code);
    seen.add(key);
    const old = before.get(key);
    if (!old) {
      lines.push(line((l) => words(l).notInEarlier({ name: u.name, rank: rank(u.rank) })));
      continue;
    }
    const delta = current.blocked ? null : u.total - old.total;
    if (delta === 0 && old.rank === u.rank) continue;
    lines.push(line((l) => `${u.name}: ${pointsChangeText(delta, l)}, ${rankWord(l)} ${rank(old.rank)} → ${rank(u.rank)}`));
  }
  for (const old of previous.units) {
    if (seen.has(compactKey(old.code)) || current.blocked) continue;
    lines.push(line((l) => words(l).noLongerThere({ name: old.name, rank: rank(old.rank) })));
  }
  if (current.blocked) {
    lines.unshift(line((l) => words(l).blockedNoComparison));
  } else if (lines.length === 0) {
    lines.push(line((l) => words(l).nothingChanged));
  }
  lines.push(line((l) => words(l).jsonHasNoInputs));
  return lines;
}

function line(build: (lang: Lang) => string): Localized {
  return { vi: build("vi"), en: build("en") };
}

function rank(value: number | null): string {
  return value === null ? "–" : String(value);
}

function rankWord(lang: Lang): string {
  return words(lang).rankWord;
}
