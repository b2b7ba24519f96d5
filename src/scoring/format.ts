import type { Lang, Localized } from "./types";

/**
 * Number display: Vietnamese style "9.450,75" / English "9,450.75". Used by explanations, messages and
 * the CLI table. Sheets store real numbers with a number format instead (Excel localises those itself).
 */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart, frac] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const point = lang === "vi" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (frac ? point + frac : "");
}

/** Shortest natural display of an input number (no trailing zeros): 97,85 / 9.450 / 0,5. */
export function formatInput(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = Math.min(10, (String(value).split(".")[1] ?? "").length);
  return formatNumber(value, lang, decimals);
}

/** Both languages at once, for Localized messages built from numbers. */
export function both(build: (lang: Lang) => string): Localized {
  return { vi: build("vi"), en: build("en") };
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
