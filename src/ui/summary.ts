import { formatNumber } from "../scoring/number-display";
import type { Lang } from "../scoring/types";
import type { Translate } from "./i18n";
import type { FinishedRun } from "./use-recalc";

/** "10 đơn vị xếp hạng · 0 lỗi · 2 cảnh báo · 0,8 giây · Tính lúc 14:03"; "" before the first run. */
export function summaryText(run: FinishedRun | null, t: Translate, lang: Lang): string {
  if (!run) return "";
  const { outcome, finishedAt } = run;
  if (outcome.status === "failed" || !outcome.calculation) return t("failedTitle");
  const { result } = outcome.calculation;
  const ranked = result.units.filter((u) => u.rank !== null).length;
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  const seconds = formatNumber(outcome.stats.ms / 1000, lang, 1);
  const time = timeFormat(t("locale")).format(finishedAt);
  return `${t("summary", { ranked, errors, warnings, seconds })} · ${t("summaryAt", { time })}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The hour and minute in `locale`, its formatter made once: the browser's first one loads the locale's
 * calendar data (50 to 100 ms in Chromium), which the pane does while a calculation runs (prepareTimeFormat),
 * not in the render that shows its ranking.
 */
function timeFormat(locale: string): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
    timeFormats.set(locale, format);
  }
  return format;
}

/** Makes the summary's time formatter for `locale` now (see timeFormat). */
export function prepareTimeFormat(locale: string): void {
  timeFormat(locale);
}
