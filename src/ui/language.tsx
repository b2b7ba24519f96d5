import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../scoring/types";
import { translator, type HostKind, type Translate } from "./i18n";

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
  t: Translate;
  setLang(lang: Lang): void;
}

const LanguageContext = createContext<LanguageContextValue>({ lang: "vi", t: translator("vi"), setLang: () => undefined });

export interface LanguageProviderProps {
  storage: Storage | null;
  /** Where the workbook lives: some advice differs between Excel and a file opened in the browser. */
  hostKind?: HostKind;
  children: ReactNode;
}

export function LanguageProvider({ storage, hostKind = "excel", children }: LanguageProviderProps) {
  const [lang, setLangState] = useState<Lang>(() => readStoredLang(storage));
  const setLang = useCallback(
    (next: Lang) => {
      storeLang(storage, next);
      setLangState(next);
    },
    [storage],
  );
  const value = useMemo(() => ({ lang, t: translator(lang, hostKind), setLang }), [lang, hostKind, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}
