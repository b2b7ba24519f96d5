import type { Lang, Localized } from "./types";

/** Both languages at once, for Localized messages built from numbers. */
export function both(build: (lang: Lang) => string): Localized {
  return { vi: build("vi"), en: build("en") };
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
