import type { Lang, Localized } from "../types";
import { en, type Vocabulary } from "./en";
import { vi } from "./vi";

export type { Vocabulary } from "./en";

const TABLES: Record<Lang, Vocabulary> = { vi, en };

/** The vocabulary of one language: `words(lang).award.flag`, `words(lang).section({ section: "I" })`. */
export function words(lang: Lang): Vocabulary {
  return TABLES[lang];
}

/** One concept in both languages, for the tables and messages that carry Localized texts. */
export function inBoth(pick: (w: Vocabulary) => string): Localized {
  return { vi: pick(vi), en: pick(en) };
}

/** A label standing alone in a cell or a heading: first letter upper case ("tăng" → "Tăng"). */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** A keyed group of the vocabulary (grades, awards…) in both languages: `inBothByKey((w) => w.grade)`. */
export function inBothByKey<K extends string>(pick: (w: Vocabulary) => Readonly<Record<K, string>>): Record<K, Localized> {
  const viGroup = pick(vi);
  const enGroup = pick(en);
  const out = {} as Record<K, Localized>;
  for (const key of Object.keys(viGroup) as K[]) out[key] = { vi: viGroup[key], en: enGroup[key] };
  return out;
}
