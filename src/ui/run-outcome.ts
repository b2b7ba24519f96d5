import type { Localized } from "../scoring/types";
import type { RecalcOutcome } from "../workbook/host/host";
import { translator } from "./i18n";
import { loadLanguage, VIETNAMESE, type PaneLanguage } from "./pane-language";

/**
 * A host that throws instead of reporting "failed" still gets a readable failure, in both languages.
 * English may not be downloaded yet (it is fetched when chosen); when it cannot be fetched either (the
 * failure was the network), its slot holds the Vietnamese text rather than nothing.
 */
export async function outcomeFromException(error: unknown, ms: number): Promise<RecalcOutcome> {
  const detail = error instanceof Error ? error.message : String(error);
  const english = await loadLanguage("en").catch((): PaneLanguage => VIETNAMESE);
  const message: Localized = {
    vi: translator(VIETNAMESE)("failedUnknown", { detail }),
    en: translator(english)("failedUnknown", { detail }),
  };
  return { status: "failed", calculation: null, error: message, stats: { syncs: 0, chunks: 0, ms } };
}
