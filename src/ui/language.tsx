import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../scoring/types";
import { translator, type HostKind, type Translate } from "./i18n";
import { loadLanguage, loadedLanguage, VIETNAMESE, type PaneLanguage } from "./pane-language";

export const LANG_STORAGE_KEY = "ktd.lang";

/** The remembered language; Vietnamese unless the user picked English before. Storage may be blocked (private mode). */
export function readStoredLang(storage: Pick<Storage, "getItem"> | null): Lang {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function storeLang(storage: Pick<Storage, "setItem"> | null, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is harmless: the pane falls back to Vietnamese next time.
  }
}

export function defaultStorage(): Storage | null {
  try {
    return typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    return null;
  }
}

interface LanguageContextValue {
  lang: Lang;
  /** The pane's own words (the views after a calculation add the shared vocabulary: useInsightText). */
  t: Translate;
  setLang(lang: Lang): void;
}

const LanguageContext = createContext<LanguageContextValue>({ lang: "vi", t: translator(VIETNAMESE), setLang: () => undefined });

export interface LanguageProviderProps {
  storage: Storage | null;
  /** Where the workbook lives: some advice differs between Excel and a file opened in the browser. */
  hostKind?: HostKind;
  children: ReactNode;
}

/**
 * The pane speaks the chosen language once its words are here: a language still downloading (English,
 * the first time) leaves the current one on screen until it arrives, and only the latest choice wins.
 */
export function LanguageProvider({ storage, hostKind = "excel", children }: LanguageProviderProps) {
  const [language, setLanguage] = useState<PaneLanguage>(() => loadedLanguage(readStoredLang(storage)) ?? VIETNAMESE);
  const wanted = useRef<Lang>(readStoredLang(storage));
  const show = useCallback((lang: Lang) => {
    wanted.current = lang;
    const ready = loadedLanguage(lang);
    if (ready) return setLanguage(ready);
    loadLanguage(lang).then(
      (loaded) => wanted.current === lang && setLanguage(loaded),
      // Not reachable (offline): the pane stays in the language it shows; choosing again retries.
      () => undefined,
    );
  }, []);
  useEffect(() => {
    if (language.lang !== wanted.current) show(wanted.current);
    // Only the remembered choice at start-up; later choices go through setLang.
  }, []);
  const setLang = useCallback(
    (next: Lang) => {
      storeLang(storage, next);
      show(next);
    },
    [storage, show],
  );
  const value = useMemo(
    () => ({ lang: language.lang, t: translator(language, hostKind), setLang }),
    [language, hostKind, setLang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}
