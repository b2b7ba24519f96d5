import type { Lang, Localized } from "../scoring/types";
import { webEn } from "../scoring/vocabulary/web-en";
import { webVi } from "../scoring/vocabulary/web-vi";
import { filler, type Filler } from "../ui/interpolate";

export type WebTextKey = keyof typeof webVi;
export type WebTranslate = Filler<WebTextKey>;

const TABLES: Record<Lang, Readonly<Record<WebTextKey, string>>> = { vi: webVi, en: webEn };

/** The page's own words (scoring/vocabulary/web-*.ts) in one language. */
export function webTranslator(lang: Lang): WebTranslate {
  return filler(TABLES[lang]);
}

/** A word of the page in both languages, for the failures the FileHost reports through the App. */
export function webInBoth(key: WebTextKey, params?: Record<string, string | number>): Localized {
  return { vi: webTranslator("vi")(key, params), en: webTranslator("en")(key, params) };
}
