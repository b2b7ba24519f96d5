import type { Lang } from "../scoring/types";
import type { CalculationHost, RecalcOutcome } from "../workbook/host/host";

/** Where the task pane remembers the officer's language (src/taskpane/language.tsx). */
export const LANG_STORAGE_KEY = "ktd.lang";

export interface CommandEvent {
  completed(): void;
}

export function storedLang(storage: Pick<Storage, "getItem"> | null): Lang {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    // Storage can be blocked (private mode, policies): Vietnamese is the default anyway.
    return "vi";
  }
}

/**
 * The "Tính lại xếp hạng" ribbon button. The host activates Xếp hạng when ranked and Kiểm tra when
 * blocked, which is the visible outcome (ribbon functions have no notification area in Excel).
 * Never throws, and always completes the event: Office shows a stuck spinner otherwise.
 */
export async function recalculateFromRibbon(event: CommandEvent, host: CalculationHost, storage: Pick<Storage, "getItem"> | null): Promise<RecalcOutcome | null> {
  try {
    return await host.recalculate({ lang: storedLang(storage) });
  } catch {
    return null;
  } finally {
    event.completed();
  }
}
