import type { Localized } from "../../src/scoring/types";

/**
 * An independent model of what Excel shows for a stored double with a fixed-decimals format:
 * the double's exact binary value → 15 significant digits → half away from zero at `decimals`,
 * with Vietnamese (9.450,75) or English (9,450.75) separators. BigInt arithmetic on the bits,
 * so it shares nothing with the program's number-display module (which works on toPrecision).
 */
export function excelShows(value: number, decimals: number): Localized {
  const { digits, exp } = exactDecimal(Math.abs(value));
  const fifteen = roundAt(digits, exp, Math.max(0, digits.length - 15));
  const units = roundAt(fifteen.digits, fifteen.exp, -decimals - fifteen.exp);
  const text = (units.digits + "0".repeat(units.exp + decimals)).padStart(decimals + 1, "0");
  const whole = BigInt(text.slice(0, text.length - decimals)).toString();
  const frac = text.slice(text.length - decimals);
  const sign = value < 0 && /[1-9]/.test(text) ? "-" : "";
  const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return {
    vi: sign + group(".") + (decimals > 0 ? "," + frac : ""),
    en: sign + group(",") + (decimals > 0 ? "." + frac : ""),
  };
}

/** A finite non-negative double exactly as digits × 10^exp. */
function exactDecimal(x: number): { digits: string; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const power = (biased === 0 ? 1 : biased) - 1075; // x = mantissa × 2^power
  if (power >= 0) return { digits: (mantissa << BigInt(power)).toString(), exp: 0 };
  // m / 2^k = m·5^k / 10^k
  return { digits: (mantissa * 5n ** BigInt(-power)).toString(), exp: power };
}

/** Drop `drop` trailing digits (if positive), rounding half away from zero on the magnitude. */
function roundAt(digits: string, exp: number, drop: number): { digits: string; exp: number } {
  if (drop <= 0) return { digits, exp };
  const value = BigInt(digits);
  const unit = 10n ** BigInt(drop);
  return { digits: ((value * 2n + unit) / (2n * unit)).toString(), exp: exp + drop };
}
