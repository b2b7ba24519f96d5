import type { Lang } from "../scoring/types";
import type { Vocabulary } from "../scoring/vocabulary/en";
import { insightsEn } from "../scoring/vocabulary/insights-en";
import { insightsVi } from "../scoring/vocabulary/insights-vi";
import { filler, type Filler } from "./interpolate";
import { useLanguage } from "./language";

export type InsightKey = keyof typeof insightsVi;
export type InsightText = Filler<InsightKey>;

/**
 * Both languages of the views after a calculation travel in their lazily loaded chunk (neither is in the
 * first download), so these need no loading of their own.
 */
const TABLES: Record<Lang, Readonly<Record<InsightKey, string>>> = { vi: insightsVi, en: insightsEn };

export function insightTranslator(lang: Lang): InsightText {
  return filler(TABLES[lang]);
}

export function useInsightText(): { it: InsightText; lang: Lang; w: Vocabulary } {
  const { lang, w } = useLanguage();
  return { it: insightTranslator(lang), lang, w };
}
