import type { Localized } from "./types";

/**
 * formatNumber / formatInput (format.ts) for both languages at once, without a regular expression:
 * explanations format several numbers for each of tens of thousands of targets, and this is where the
 * scoring core spent most of its time. Output is identical to format.ts (checked by a property test).
 */
export function formatBoth(value: number, decimals: number): Localized {
  if (!Number.isFinite(value)) return { vi: String(value), en: String(value) };
  // Whole numbers below 1e21 print the same through String as through toFixed(0), and much faster.
  const whole = decimals === 0 && Number.isInteger(value) && Math.abs(value) < 1e21;
  const fixed = whole ? String(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  const point = decimals > 0 ? fixed.indexOf(".") : -1;
  const intPart = point < 0 ? fixed : fixed.slice(0, point);
  const frac = point < 0 ? "" : fixed.slice(point + 1);
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  if (intPart.length <= 3) {
    return frac ? { vi: `${sign}${intPart},${frac}`, en: `${sign}${intPart}.${frac}` } : { vi: sign + intPart, en: sign + intPart };
  }
  let vi = "";
  let en = "";
  const head = intPart.length % 3 || 3;
  vi = en = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) {
    const group = intPart.slice(i, i + 3);
    vi += "." + group;
    en += "," + group;
  }
  return frac ? { vi: `${sign}${vi},${frac}`, en: `${sign}${en}.${frac}` } : { vi: sign + vi, en: sign + en };
}

/** Shortest natural display of an input number (formatInput of format.ts) in both languages. */
export function formatInputBoth(value: number): Localized {
  if (!Number.isFinite(value)) return { vi: String(value), en: String(value) };
  if (Number.isInteger(value)) return formatBoth(value, 0);
  const s = String(value);
  const point = s.indexOf(".");
  return formatBoth(value, point < 0 ? 0 : Math.min(10, s.length - point - 1));
}
