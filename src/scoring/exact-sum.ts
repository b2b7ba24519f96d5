import { Q, decimalParts, fromNumber, gcd, mixedGcd, safe, type Parts } from "./exact";

/** addNumber's scratch (read at once). */
const PARTS: Parts = { n: 0, d: 1 };

/**
 * A running exact sum that mutates in place: the exact side of the scoring's sums (a member's maximum,
 * and a criterion's or member's sums when an estimate cannot prove a figure or an order). Sums of
 * completion-based points soon need BigInt (five ratios with unrelated plans already have a denominator
 * near 10^30), and add() made a Q object, a BigInt pair and a demotion check for every term. Same arithmetic as add(): safe integers while they fit; what no longer fits is folded into an
 * unreduced BigInt fraction.
 */
export class ExactSum {
  /** The sum is n/d + bn/bd: a small part in safe integers, and a BigInt part (null while 0). */
  private n = 0;
  private d = 1;
  private bn: bigint | null = null;
  private bd = 1n;

  /** Adds n/d, a reduced fraction of safe integers with d > 0. */
  addParts(n: number, d: number): void {
    if (n === 0 || this.addSmall(n, d)) return;
    // The small part is full: move it into the BigInt part and start it again from this term. Terms
    // with unrelated denominators then pay for BigInt arithmetic in pairs rather than one by one.
    this.foldSmall();
    this.n = n;
    this.d = d;
  }

  /** Adds x's shortest decimal (as fromNumber), without making a Q when it fits in safe integers. */
  addNumber(x: number): void {
    if (decimalParts(x, PARTS)) this.addParts(PARTS.n, PARTS.d);
    else this.add(fromNumber(x));
  }

  add(q: Q): void {
    if (q.bn === null) {
      this.addParts(q.n, q.d);
      return;
    }
    if (this.bn === null) {
      // 0 + q is q: a member's first section or criterion costs no BigInt product.
      this.bn = q.bn;
      this.bd = q.bd as bigint;
      return;
    }
    const qd = q.bd as bigint;
    this.bn = this.bn * qd + q.bn * this.bd;
    this.bd = this.bd * qd;
  }

  reset(): void {
    this.n = 0;
    this.d = 1;
    this.bn = null;
    this.bd = 1n;
  }

  value(): Q {
    if (this.bn === null) return Q.smallReduced(this.n, this.d);
    this.foldSmall();
    return Q.ofBig(this.bn, this.bd);
  }

  /** Moves the small part into the BigInt part (same sum). */
  private foldSmall(): void {
    const { n, d } = this;
    if (n === 0) return;
    this.n = 0;
    this.d = 1;
    if (this.bn === null) {
      this.bn = BigInt(n);
      this.bd = BigInt(d);
      return;
    }
    const bd = this.bd;
    if (d === 1) {
      this.bn = this.bn + BigInt(n) * bd;
      return;
    }
    // The lcm of the denominators keeps the sum from growing needlessly (as add's addBigSmall).
    const g = mixedGcd(bd, d);
    const scale = BigInt(d / g);
    this.bn = this.bn * scale + BigInt(n) * (g === 1 ? bd : bd / BigInt(g));
    this.bd = bd * scale;
  }

  /** The fast path of add(): false when the sum leaves the safe range (nothing changed then). */
  private addSmall(n: number, d: number): boolean {
    if (this.d === d) {
      const s = this.n + n;
      if (!safe(s)) return false;
      const g = d === 1 || s === 0 ? 1 : gcd(s, d);
      this.n = s === 0 ? 0 : s / g;
      this.d = s === 0 ? 1 : d / g;
      return true;
    }
    const g = gcd(this.d, d);
    const x = this.n * (d / g);
    const y = n * (this.d / g);
    const nd = this.d * (d / g);
    const s = x + y;
    if (!safe(x) || !safe(y) || !safe(nd) || !safe(s)) return false;
    const g2 = g === 1 || s === 0 ? 1 : gcd(s, g);
    this.n = s === 0 ? 0 : s / g2;
    this.d = s === 0 ? 1 : nd / g2;
    return true;
  }
}
