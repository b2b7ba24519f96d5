import type { Lang } from "../scoring/types";
import { paneFileVi, paneVi } from "../scoring/vocabulary/pane-vi";

export type PaneKey = keyof typeof paneVi;
export type PaneFileKey = keyof typeof paneFileVi;

/**
 * The words the pane's first screen speaks in one language. The shared vocabulary (grades, awards, column
 * names…) is not here: only the views after a calculation use it, and they bring it in their own chunk.
 */
export interface PaneLanguage {
  lang: Lang;
  pane: Readonly<Record<PaneKey, string>>;
  /** The wording that differs when the workbook is a file opened in the browser. */
  paneFile: Readonly<Record<PaneFileKey, string>>;
}

export const VIETNAMESE: PaneLanguage = { lang: "vi", pane: paneVi, paneFile: paneFileVi };

/**
 * Vietnamese is in the first download; English is fetched the first time it is asked for (the language
 * switch, or a remembered choice at start-up), so most officers never download it. A failed download is
 * forgotten, so the next request tries again.
 */
const LOADERS: Record<Lang, () => Promise<PaneLanguage>> = {
  vi: async () => VIETNAMESE,
  en: () => import(/* webpackChunkName: "lang-en" */ "./pane-english").then((m) => m.ENGLISH),
};

const loaded = new Map<Lang, PaneLanguage>([["vi", VIETNAMESE]]);
const pending = new Map<Lang, Promise<PaneLanguage>>();

/** The language if it is already here, so the pane can render with it at once. */
export function loadedLanguage(lang: Lang): PaneLanguage | undefined {
  return loaded.get(lang);
}

export function loadLanguage(lang: Lang): Promise<PaneLanguage> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    promise = LOADERS[lang]().then(
      (language) => {
        loaded.set(lang, language);
        pending.delete(lang);
        return language;
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
