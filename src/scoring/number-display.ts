import { Q, toNumber } from "./exact";
import type { Lang, Localized } from "./types";

/**
 * The one place a number becomes text, for every surface (task pane, sheets' text cells, printed
 * papers, CLI table and trace, web page). Sheets store real numbers with the format 0.00 and Excel
 * shows them; everything else must show the same digits, so the rule here is Excel's display rule:
 *
 *   the value → 15 significant digits → half away from zero at the requested decimals,
 *
 * grouped "9.450,75" in Vietnamese and "9,450.75" in English. A double (`formatNumber`) goes through
 * exactly those steps, which is why 72,145 (stored as 72.14499999999999…) reads 72,15 as in Excel, not
 * 72,14 as `toFixed` says. An exact value (`formatQ`) reads as its stored double does — for every
 * value of a score's size that is the exact fraction rounded half away from zero (proof at formatQ).
 *
 * One deliberate difference from Excel: a negative value that rounds to zero reads "0,00", not "-0,00".
 */

/** A magnitude as `digits × 10^exp` (digits: a non-negative integer in decimal, no sign). */
interface Decimal {
  digits: string;
  exp: number;
}

const FIFTEEN_DIGITS = 1e15;

/** What Excel keeps of a double before formatting it: its 15 significant digits. */
function fifteenDigits(magnitude: number): Decimal {
  // Whole numbers below 10^15 have at most 15 digits already (the common case: points, counts).
  if (Number.isInteger(magnitude) && magnitude < FIFTEEN_DIGITS) return { digits: String(magnitude), exp: 0 };
  const text = magnitude.toPrecision(15); // "72.1450000000000", "1.23450000000000e-7", "1.00000000000000e+21"
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const point = mantissa.indexOf(".");
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  const all = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  // Below 1 the fixed form leads with zeros ("0.00100000000000000"): drop them, toUnits wants none.
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48 /* "0" */) lead++;
  return { digits: all.slice(lead), exp: (e < 0 ? 0 : Number(text.slice(e + 1))) - fraction };
}

/** "199" → "200": one more unit on a digit string. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1);
}

/** The value in units of 10^-decimals, rounded half away from zero (on the magnitude: up at ≥ ,5). */
function toUnits(value: Decimal, decimals: number): string {
  const shift = value.exp + decimals;
  if (shift >= 0) return value.digits === "0" ? "0" : value.digits + "0".repeat(shift);
  const keep = value.digits.length + shift;
  if (keep < 0) return "0";
  const kept = value.digits.slice(0, keep) || "0";
  return value.digits.charCodeAt(keep) >= 53 /* "5" */ ? increment(kept) : kept;
}

/** Thousands groups with the language's separator. */
function groupThousands(intPart: string, separator: string): string {
  if (intPart.length <= 3) return intPart;
  const head = intPart.length % 3 || 3;
  let out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += separator + intPart.slice(i, i + 3);
  return out;
}

/** Units (digits counting 10^-decimals, no leading zeros: "7215", or "0") as text in both languages. */
function unitsText(units: string, decimals: number, negative: boolean): Localized {
  const padded = units.length <= decimals ? units.padStart(decimals + 1, "0") : units;
  const intPart = padded.slice(0, padded.length - decimals);
  const frac = padded.slice(padded.length - decimals);
  const sign = negative && units !== "0" ? "-" : "";
  const vi = sign + groupThousands(intPart, ".") + (decimals > 0 ? "," + frac : "");
  const en = sign + groupThousands(intPart, ",") + (decimals > 0 ? "." + frac : "");
  return { vi, en };
}

/** A double as Excel shows it with `decimals` decimals, in both languages. */
export function formatBoth(value: number, decimals: number): Localized {
  if (!Number.isFinite(value)) return { vi: String(value), en: String(value) };
  return unitsText(toUnits(fifteenDigits(Math.abs(value)), decimals), decimals, value < 0);
}

/** A double as Excel shows it with `decimals` decimals (2 by default): "72,15" / "72.15". */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  return formatBoth(value, decimals)[lang];
}

/** Decimals of the shortest form of a typed number (at most 10): 97.85 → 2, 9450 → 0. */
function typedDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(value);
  const point = s.indexOf(".");
  return point < 0 || s.includes("e") ? 0 : Math.min(10, s.length - point - 1);
}

/** Shortest natural display of an input number (no trailing zeros), both languages: 97,85 / 9.450 / 0,5. */
export function formatInputBoth(value: number): Localized {
  if (!Number.isFinite(value)) return { vi: String(value), en: String(value) };
  return formatBoth(value, typedDecimals(value));
}

/** Shortest natural display of an input number (no trailing zeros): 97,85 / 9.450 / 0,5. */
export function formatInput(value: number, lang: Lang): string {
  return formatInputBoth(value)[lang];
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
/** |n|·10^decimals below this: the exact n/d rounded directly reads as its stored double (see formatQ). */
const DIRECT_LIMIT = 5e13;

/**
 * An exact value n/d (d > 0, safe integers) in units of 10^-decimals, rounded half away from zero
 * directly on the fraction — integer arithmetic only, the hot path of the explanations. Null when the
 * numbers leave the safe range.
 */
function directUnits(n: number, d: number, decimals: number): string | null {
  const scaled = Math.abs(n) * POW10[decimals] * 2 + d;
  const twice = d * 2;
  if (!Number.isSafeInteger(scaled) || !Number.isSafeInteger(twice)) return null;
  let units = Math.floor(scaled / twice);
  // The double quotient may land one off for large values: settle it exactly.
  if (units * twice > scaled) units -= 1;
  else if ((units + 1) * twice <= scaled) units += 1;
  return String(units);
}

/**
 * An exact value with fixed decimals (points, percents): the digits Excel shows for its stored double
 * (toNumber), so a text cell and the number cell beside it never disagree.
 *
 * Fast path, exact: when |n|·10^decimals < 5·10^13 the fraction rounded directly, half away from zero,
 * gives those same digits. (The stored double and its 15-digit form move the value by less than
 * 0,6·10^-14·|n/d|, i.e. < 0,6·10^-14·|n|·10^decimals/d units; a fraction with denominator d is either
 * on a half-way point — which has at most 15 digits here and survives both steps — or at least 1/(2d)
 * units away from one, more than that move.) Only values far beyond any score take the double.
 */
export function formatQ(q: Q, decimals: number): Localized {
  if (q.bn === null && decimals < POW10.length && Math.abs(q.n) * POW10[decimals] < DIRECT_LIMIT) {
    const units = directUnits(q.n, q.d, decimals);
    if (units !== null) return unitsText(units, decimals, q.n < 0);
  }
  return formatBoth(toNumber(q), decimals);
}

/** A typed input number n/d in its shortest decimals (formatInput), from the exact fraction. */
function formatTyped(n: number, d: number, fallback: number): Localized {
  for (let k = 0; k < POW10.length; k++) {
    if (POW10[k] % d === 0) {
      const units = Math.abs(n) * (POW10[k] / d);
      if (Number.isSafeInteger(units)) return unitsText(String(units), k, n < 0);
      break;
    }
  }
  return formatInputBoth(fallback);
}

/** An exact input value as typed (plan, actual, score). */
export function formatQTyped(q: Q): Localized {
  return q.bn === null ? formatTyped(q.n, q.d, q.n / q.d) : formatInputBoth(toNumber(q));
}
