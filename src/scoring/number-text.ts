import { Q, toNumber } from "./exact";
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

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/** "1234567" → vi "1.234.567" / en "1,234,567"; digits only. */
function group(digits: string): Localized {
  if (digits.length <= 3) return { vi: digits, en: digits };
  const head = digits.length % 3 || 3;
  let vi = digits.slice(0, head);
  let en = vi;
  for (let i = head; i < digits.length; i += 3) {
    const g = digits.slice(i, i + 3);
    vi += "." + g;
    en += "," + g;
  }
  return { vi, en };
}

/** units/10^decimals as text, from a non-negative safe integer count of units. */
function fromUnits(units: number, decimals: number, negative: boolean): Localized {
  const scale = POW10[decimals];
  const whole = Math.floor(units / scale);
  const sign = negative && units !== 0 ? "-" : "";
  const intText = whole < 1000 ? null : group(String(whole));
  const vi = intText === null ? String(whole) : intText.vi;
  const en = intText === null ? vi : intText.en;
  if (decimals === 0) return { vi: sign + vi, en: sign + en };
  const fraction = units - whole * scale;
  const frac = fraction >= scale / 10 ? String(fraction) : String(fraction).padStart(decimals, "0");
  return { vi: `${sign}${vi},${frac}`, en: `${sign}${en}.${frac}` };
}

/**
 * An exact fraction n/d (d > 0) with `decimals` decimals, rounded half away from zero on the exact
 * value — so 2,105 shows as 2,11 even though the double 2.105 lies just below. Integer arithmetic
 * only; falls back to the double when the numbers leave the safe range.
 */
export function formatFraction(n: number, d: number, decimals: number, fallback: number): Localized {
  const scaled = Math.abs(n) * POW10[decimals] * 2 + d;
  const twice = d * 2;
  if (decimals < POW10.length && Number.isSafeInteger(scaled) && Number.isSafeInteger(twice)) {
    let units = Math.floor(scaled / twice);
    // The double quotient may land one off for large values: settle it exactly.
    if (units * twice > scaled) units -= 1;
    else if ((units + 1) * twice <= scaled) units += 1;
    return fromUnits(units, decimals, n < 0);
  }
  return formatBoth(fallback, decimals);
}

/** A typed input number n/d in its shortest decimals (formatInput), from the exact fraction. */
export function formatTyped(n: number, d: number, fallback: number): Localized {
  for (let k = 0; k < POW10.length; k++) {
    if (POW10[k] % d === 0) {
      const units = Math.abs(n) * (POW10[k] / d);
      if (Number.isSafeInteger(units)) return fromUnits(units, k, n < 0);
      break;
    }
  }
  return formatInputBoth(fallback);
}

/** An exact value with fixed decimals (points, percents). */
export function formatQ(q: Q, decimals: number): Localized {
  return q.bn === null ? formatFraction(q.n, q.d, decimals, q.n / q.d) : formatBoth(toNumber(q), decimals);
}

/** An exact input value as typed (plan, actual, score). */
export function formatQTyped(q: Q): Localized {
  return q.bn === null ? formatTyped(q.n, q.d, q.n / q.d) : formatInputBoth(toNumber(q));
}
