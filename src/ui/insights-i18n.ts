import type { Lang } from "../scoring/types";
import type { Vocabulary } from "../scoring/vocabulary/en";
import { words } from "../scoring/vocabulary/words";
import { insightsEn } from "../scoring/vocabulary/insights-en";
import { insightsVi } from "../scoring/vocabulary/insights-vi";
import { filler, type Filler } from "./interpolate";
import { useLanguage } from "./language";

export type InsightKey = keyof typeof insightsVi;
export type InsightText = Filler<InsightKey>;

/**
 * Both languages of the views after a calculation, their own words and the shared vocabulary, travel in
 * their lazily loaded chunk (neither is in the first download), so these need no loading of their own.
 */
const TABLES: Record<Lang, Readonly<Record<InsightKey, string>>> = { vi: insightsVi, en: insightsEn };

export function insightTranslator(lang: Lang): InsightText {
  return filler(TABLES[lang]);
}

/** The views' own words (`it`) and the shared vocabulary (`w`: grades, awards, column names…) in the pane's language. */
export function useInsightText(): { it: InsightText; lang: Lang; w: Vocabulary } {
  const { lang } = useLanguage();
  return { it: insightTranslator(lang), lang, w: words(lang) };
}
