import { gcd, safe, type Parts } from "./exact";

/**
 * The arithmetic of exact.ts on bare numerator/denominator pairs, for the per-target hot path: a big
 * bloc scores 60,000 targets, and a Q object for every intermediate (plan, actual, ratio, base, bonus,
 * points…) was most of the garbage the collector then spent a third of the time on.
 * Inputs are reduced fractions of safe integers with d > 0; each operation writes a reduced result to
 * `out` and returns false (leaving `out` unspecified) when an intermediate would leave the safe range:
 * the caller then redoes the work with Q, which falls back to BigInt. Nothing here is ever approximate.
 */

/** a·b (cross-cancelling first, as mul does, so products stay small). */
export function mulParts(an: number, ad: number, bn: number, bd: number, out: Parts): boolean {
  const g1 = gcd(an, bd);
  const g2 = gcd(bn, ad);
  const n = (g1 > 1 ? an / g1 : an) * (g2 > 1 ? bn / g2 : bn);
  const d = (g2 > 1 ? ad / g2 : ad) * (g1 > 1 ? bd / g1 : bd);
  if (!safe(n) || !safe(d)) return false;
  out.n = n === 0 ? 0 : n;
  out.d = n === 0 ? 1 : d;
  return true;
}

/** a / b, b ≠ 0. */
export function divParts(an: number, ad: number, bn: number, bd: number, out: Parts): boolean {
  return bn < 0 ? mulParts(an, ad, -bd, -bn, out) : mulParts(an, ad, bd, bn, out);
}

/** a + b (Knuth's gcd on the denominators, as add does). */
export function addParts(an: number, ad: number, bn: number, bd: number, out: Parts): boolean {
  if (bn === 0 || an === 0) {
    out.n = an === 0 ? bn : an;
    out.d = an === 0 ? bd : ad;
    return true;
  }
  const g = gcd(ad, bd);
  const x = an * (bd / g);
  const y = bn * (ad / g);
  const d = ad * (bd / g);
  const n = x + y;
  if (!safe(x) || !safe(y) || !safe(d) || !safe(n)) return false;
  if (n === 0) {
    out.n = 0;
    out.d = 1;
    return true;
  }
  const g2 = g === 1 ? 1 : gcd(n, g);
  out.n = g2 === 1 ? n : n / g2;
  out.d = g2 === 1 ? d : d / g2;
  return true;
}

/**
 * Exact order of a and b. As cmp: distinct correctly rounded quotients order their exact values, so only
 * equal doubles need the cross products, and those go to BigInt when they would not be exact in doubles.
 */
export function compareParts(an: number, ad: number, bn: number, bd: number): -1 | 0 | 1 {
  if (ad === bd) return an < bn ? -1 : an > bn ? 1 : 0;
  const fa = an / ad;
  const fb = bn / bd;
  if (fa !== fb) return fa < fb ? -1 : 1;
  const x = an * bd;
  const y = bn * ad;
  if (safe(x) && safe(y)) return x < y ? -1 : x > y ? 1 : 0;
  const bx = BigInt(an) * BigInt(bd);
  const by = BigInt(bn) * BigInt(ad);
  return bx < by ? -1 : bx > by ? 1 : 0;
}
