import type { Lang } from "../../scoring/types";
import { LANG_STORAGE_KEY } from "../language";

/** A storage that remembers `lang` and nothing else: a static screen rendered in that language. */
export function fixedLanguageStorage(lang: Lang): Storage {
  const items = new Map<string, string>([[LANG_STORAGE_KEY, lang]]);
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: () => undefined,
    removeItem: () => undefined,
    clear: () => undefined,
  };
}
