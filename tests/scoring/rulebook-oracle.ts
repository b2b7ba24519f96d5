import type { DecreaseMethod, Direction } from "../../src/scoring/types";
import { rat, ratAdd, ratCmp, ratDiv, ratMax, ratMin, ratMul, ratOfTyped, ratSub, type Rat } from "./big-rational";

/**
 * The rulebook (domain.md) recomputed here on plain BigInt rationals: r by chiều, base = B·min(r, 1),
 * bonus = min(max(0, C), B·k·(r − 1)) above 100 %, Giảm with nothing left = B + C, no usable plan = 0.
 */
export function oracle(direction: Direction, plan: number, actual: number, method: DecreaseMethod): { ratio: Rat | null; base: Rat; bonus: Rat; points: Rat } {
  const [b, c, k] = [rat(70n), rat(7n), rat(1n)];
  const p = ratOfTyped(plan);
  const a = ratOfTyped(actual);
  const zero = rat(0n);
  const one = rat(1n);
  let r: Rat;
  if (direction === "zero") r = a.n === 0n ? one : zero;
  else if (direction === "pass") r = a.n > 0n ? one : zero;
  else if (p.n <= 0n) return { ratio: null, base: zero, bonus: zero, points: zero };
  else if (direction === "increase") r = ratMax(zero, ratDiv(a, p));
  else if (method === "linear") r = ratMax(zero, ratSub(rat(2n), ratDiv(a, p)));
  else if (a.n === 0n) return { ratio: null, base: b, bonus: c, points: ratAdd(b, c) };
  else r = ratMax(zero, ratDiv(p, a));
  const base = ratMul(b, ratMin(r, one));
  const bonus = ratCmp(r, one) > 0 ? ratMin(c, ratMul(ratMul(b, k), ratSub(r, one))) : zero;
  return { ratio: r, base, bonus, points: ratAdd(base, bonus) };
}

