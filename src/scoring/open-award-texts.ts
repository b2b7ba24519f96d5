import type { Lang, Localized, OpenAward } from "./types";
import { words } from "./vocabulary/words";

/** "1 Cờ thi đua và 1 Bằng khen" / "1 emulation flag and 1 certificate of merit". */
function awardCounts(awards: ReadonlyArray<Pick<OpenAward, "award" | "count">>, lang: Lang): string {
  const w = words(lang);
  return awards.map((a) => w.awardCount[a.award]({ count: a.count })).join(w.awardsAnd);
}

const both = (text: (lang: Lang) => string): Localized => ({ vi: text("vi"), en: text("en") });

/** The note of a member tied across a quota line: "Cần bình xét: 1 Cờ thi đua cho 2 đơn vị đồng hạng". */
export function noteOpenAwards(awards: ReadonlyArray<Pick<OpenAward, "award" | "count">>, members: number): Localized {
  return both((lang) => words(lang).needsVoteNote({ awards: awardCounts(awards, lang), members }));
}

/**
 * Open awards of the same tied members, with them named: "1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng
 * hạng 1: Cục Thuế (CT), Kho bạc (KB)".
 */
export function openAwardLine(awards: readonly OpenAward[], memberLabels: readonly string[]): Localized {
  const names = memberLabels.join(", ");
  return both((lang) => words(lang).openAwardLine({ awards: awardCounts(awards, lang), members: memberLabels.length, rank: awards[0].rank, names }));
}
