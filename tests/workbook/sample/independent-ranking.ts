import { codesOf, sampleTable, type Row } from "./sample-table";

/**
 * The sample's ranking worked out again from its sheets by the rules of domain.md, in exact fractions of
 * BigInts and without any of the program's code, so the ranking test compares the program with a second
 * reckoning instead of with numbers copied from its own output. Covers what the sample uses: defaults-style
 * settings, the four directions, one alternative group, directly scored criteria, CCHC and sector bonuses,
 * bonus and deduction lines, and the violations' effects on the awards.
 */

/** An exact fraction n / d with d > 0. */
export class Fraction {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d = 1n) {
    const g = gcd(n < 0n ? -n : n, d) || 1n;
    this.n = n / g;
    this.d = d / g;
  }

  /** A number as typed in a cell, read from its decimal digits (97.85 is 9785/100, not a binary double). */
  static of(value: number): Fraction {
    if (!/^-?\d+(\.\d+)?$/.test(String(value))) throw new Error(`the model reads plain decimals only, not ${value}`);
    const [whole, decimals = ""] = String(value).split(".");
    return new Fraction(BigInt(whole + decimals), 10n ** BigInt(decimals.length));
  }

  plus(o: Fraction): Fraction {
    return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  minus(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  times(o: Fraction): Fraction {
    return new Fraction(this.n * o.n, this.d * o.d);
  }

  over(o: Fraction): Fraction {
    return o.n < 0n ? new Fraction(-this.n * o.d, this.d * -o.n) : new Fraction(this.n * o.d, this.d * o.n);
  }

  compare(o: Fraction): number {
    const diff = this.n * o.d - o.n * this.d;
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }

  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

const ZERO = new Fraction(0n);
const ONE = new Fraction(1n);
const HUNDRED = new Fraction(100n);
const min = (a: Fraction, b: Fraction) => (a.compare(b) <= 0 ? a : b);
const max = (a: Fraction, b: Fraction) => (a.compare(b) >= 0 ? a : b);
const sum = (list: Fraction[]) => list.reduce((a, b) => a.plus(b), ZERO);
const num = (cell: Row[string]) => Fraction.of(Number(cell));

export type ModelGrade = "excellent" | "good" | "pass" | "fail";

export interface ModelMember {
  code: string;
  /** Σ criteria + bonuses − deductions, not below 0. */
  total: Fraction;
  max: Fraction;
  percent: Fraction;
  /** The tie-breakers in domain.md's order: Nội dung I, points without target bonuses, deductions. */
  firstSection: Fraction;
  base: Fraction;
  deduction: Fraction;
  /** Points of each criterion scored by targets, by criterion code. */
  targetCriteria: Map<string, Fraction>;
  cchcBonus: boolean;
  sectorBonus: boolean;
  effects: string[];
  rank: number;
  tied: boolean;
  grade: ModelGrade;
  award: "flag" | "merit" | null;
}

/** One target's points: base = B × min(r, 1), bonus = min(C, B × k × max(r − 1, 0)). */
function targetPoints(t: Row, b: Fraction, c: Fraction, k: Fraction, linearDecrease: boolean): { base: Fraction; bonus: Fraction } {
  const full = { base: b, bonus: ZERO };
  const none = { base: ZERO, bonus: ZERO };
  switch (t["Chiều"]) {
    case "Đạt":
      return t["Thực hiện"] === "Đạt" ? full : none;
    case "Bằng 0":
      return Number(t["Thực hiện"]) === 0 ? full : none;
    case "Giảm":
      if (Number(t["Thực hiện"]) === 0) return { base: b, bonus: c };
      return byRatio(linearDecrease ? max(ZERO, new Fraction(2n).minus(num(t["Thực hiện"]).over(num(t["Kế hoạch"])))) : num(t["Kế hoạch"]).over(num(t["Thực hiện"])), b, c, k);
    case "Tăng":
      return byRatio(num(t["Thực hiện"]).over(num(t["Kế hoạch"])), b, c, k);
    default:
      throw new Error(`the model has no rule for the direction ${String(t["Chiều"])}`);
  }
}

function byRatio(r: Fraction, b: Fraction, c: Fraction, k: Fraction): { base: Fraction; bonus: Fraction } {
  return { base: b.times(min(r, ONE)), bonus: min(c, b.times(k).times(max(r.minus(ONE), ZERO))) };
}

/** Every member of the sample with its points, rank, grade and award, worked out from the sample's sheets. */
export function modelRanking(): ModelMember[] {
  const settings = new Map(sampleTable("Cấu hình").map((r) => [r["Tham số"], r["Giá trị"]]));
  const setting = (name: string) => num(settings.get(name) ?? null);
  const criteria = sampleTable("Tiêu chí");
  const targets = sampleTable("Chỉ tiêu");
  const scores = sampleTable("Chấm điểm");
  const adjustments = sampleTable("Cộng trừ");
  const violations = sampleTable("Vi phạm");
  const linearDecrease = settings.get("Cách tính chỉ tiêu giảm") === "Tuyến tính";

  const members = sampleTable("Đơn vị").map((m): ModelMember => {
    const code = String(m["Mã đơn vị"]);
    const applies = criteria.filter((c) => c["Áp dụng cho"] === null || codesOf(c["Áp dụng cho"]).includes(code));
    const targetCriteria = new Map<string, Fraction>();
    let targetBonus = ZERO;
    const points = applies.map((c) => {
      if (c["Cách chấm"] === "Chỉ tiêu") {
        const own = targets.filter((t) => t["Mã đơn vị"] === code && t["Tiêu chí"] === c["Mã tiêu chí"]);
        const each = own.map((t) => targetPoints(t, num(c["Điểm mỗi chỉ tiêu"]), num(c["Thưởng tối đa mỗi chỉ tiêu"]), setting("Hệ số thưởng"), linearDecrease));
        const total = sum(each.map((p) => p.base.plus(p.bonus)));
        targetBonus = targetBonus.plus(sum(each.map((p) => p.bonus)));
        targetCriteria.set(String(c["Mã tiêu chí"]), total);
        return { section: c["Nội dung"], points: total };
      }
      const s = scores.find((x) => x["Mã đơn vị"] === code && x["Tiêu chí"] === c["Mã tiêu chí"]);
      const score = s?.["Điểm thống nhất"] ?? s?.["Điểm khối chấm"] ?? s?.["Điểm tự chấm"] ?? 0;
      return { section: c["Nội dung"], points: num(score) };
    });
    const criteriaPoints = sum(points.map((p) => p.points));
    const cchcBonus = m["Cộng điểm CCHC"] === "Có" && m["Xếp loại CCHC"] === "Xuất sắc";
    const sectorBonus = m["Xếp loại ngành"] === "Tốt" || m["Xếp loại ngành"] === "Xuất sắc";
    const lines = adjustments.filter((a) => a["Mã đơn vị"] === code);
    const linePoints = (kind: string) => sum(lines.filter((a) => a["Loại"] === kind).map((a) => num(a["Số lần"]).times(num(a["Điểm mỗi lần"]))));
    const bonus = linePoints("Cộng").plus(cchcBonus ? setting("Điểm cộng CCHC") : ZERO).plus(sectorBonus ? setting("Điểm cộng xếp loại ngành") : ZERO);
    const deduction = linePoints("Trừ");
    const total = max(ZERO, criteriaPoints.plus(bonus).minus(deduction));
    const maxPoints = sum(applies.map((c) => num(c["Điểm chuẩn"])));
    const percent = total.over(maxPoints).times(HUNDRED);
    return {
      code,
      total,
      max: maxPoints,
      percent,
      firstSection: sum(points.filter((p) => p.section === "I").map((p) => p.points)),
      base: criteriaPoints.minus(targetBonus),
      deduction,
      targetCriteria,
      cchcBonus,
      sectorBonus,
      effects: violations.filter((v) => v["Mã đơn vị"] === code).map((v) => String(v["Hình thức"])),
      rank: 0,
      tied: false,
      grade: gradeOf(percent, setting),
      award: null,
    };
  });

  const ordered = [...members].sort(compareMembers);
  ordered.forEach((m, i) => {
    const above = ordered[i - 1];
    if (above && compareMembers(above, m) === 0) {
      m.rank = above.rank;
      m.tied = above.tied = true;
    } else m.rank = i + 1;
  });
  const noAward = (m: ModelMember) => m.effects.includes("Không khen thưởng");
  award(ordered.filter((m) => m.grade === "excellent" && !noAward(m) && !m.effects.includes("Không xét Cờ")), Number(settings.get("Số Cờ thi đua")), "flag");
  award(ordered.filter((m) => m.award === null && (m.grade === "excellent" || m.grade === "good") && !noAward(m)), Number(settings.get("Số Bằng khen")), "merit");
  return ordered;
}

/** Xếp cuối last, then percent, Nội dung I and base points (higher first), then deductions (fewer first). */
function compareMembers(a: ModelMember, b: ModelMember): number {
  const last = (m: ModelMember) => (m.effects.includes("Xếp cuối") ? 1 : 0);
  return last(a) - last(b) || b.percent.compare(a.percent) || b.firstSection.compare(a.firstSection) || b.base.compare(a.base) || a.deduction.compare(b.deduction);
}

function gradeOf(percent: Fraction, setting: (name: string) => Fraction): ModelGrade {
  if (percent.compare(setting("Ngưỡng xuất sắc")) >= 0) return "excellent";
  if (percent.compare(setting("Ngưỡng tốt")) >= 0) return "good";
  if (percent.compare(setting("Ngưỡng hoàn thành")) >= 0) return "pass";
  return "fail";
}

/** The first `count` candidates in rank order; a tie across the quota line is the meeting's, not modelled here. */
function award(candidates: ModelMember[], count: number, kind: "flag" | "merit"): void {
  const last = candidates[count - 1];
  const next = candidates[count];
  if (last && next && last.rank === next.rank) throw new Error(`a tie across the ${kind} quota line: the model leaves that to the meeting`);
  for (const m of candidates.slice(0, count)) m.award = kind;
}
