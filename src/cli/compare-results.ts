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
      lines.push(line((l) => (l === "vi" ? `${u.name}: không có trong kết quả trước, ${rankWord(l)} ${rank(u.rank)}` : `${u.name}: not in the earlier result, ${rankWord(l)} ${rank(u.rank)}`)));
      continue;
    }
    const delta = current.blocked ? null : u.total - old.total;
    if (delta === 0 && old.rank === u.rank) continue;
    lines.push(line((l) => `${u.name}: ${pointsChangeText(delta, l)}, ${rankWord(l)} ${rank(old.rank)} → ${rank(u.rank)}`));
  }
  for (const old of previous.units) {
    if (seen.has(compactKey(old.code)) || current.blocked) continue;
    lines.push(line((l) => (l === "vi" ? `${old.name}: không còn trong kết quả này (trước đó hạng ${rank(old.rank)})` : `${old.name}: no longer in this result (was rank ${rank(old.rank)})`)));
  }
  if (current.blocked) {
    lines.unshift(line((l) => (l === "vi" ? "Lần này chưa xếp hạng được (còn lỗi): không so sánh được điểm." : "Not ranked this time (errors remain): points cannot be compared.")));
  } else if (lines.length === 0) {
    lines.push(line((l) => (l === "vi" ? "Điểm và hạng của mọi đơn vị không đổi so với kết quả trước." : "Every member's points and rank are the same as in the earlier result.")));
  }
  lines.push(line((l) =>
    l === "vi"
      ? "(Tệp JSON không chứa số liệu đầu vào: muốn biết từng ô đã sửa, dùng --previous với sổ làm việc kết quả lần trước (.xlsx).)"
      : "(A result JSON holds no inputs: to see each amended cell, give --previous the earlier output workbook (.xlsx).)",
  ));
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
