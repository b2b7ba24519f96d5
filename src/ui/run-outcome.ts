import type { Localized } from "../scoring/types";
import type { RecalcOutcome } from "../workbook/host/host";
import { translator } from "./i18n";

/** A host that throws instead of reporting "failed" still gets a readable failure, in both languages. */
export function outcomeFromException(error: unknown, ms: number): RecalcOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  const message: Localized = {
    vi: translator("vi")("failedUnknown", { detail }),
    en: translator("en")("failedUnknown", { detail }),
  };
  return { status: "failed", calculation: null, error: message, stats: { syncs: 0, chunks: 0, ms } };
}
