import { Q, ZERO, add, isZero, sub, toNumber } from "./exact";
import { ExactSum } from "./exact-sum";
import { Estimate, certified, compareEstimates } from "./estimate";
import { memberTotals, type MemberAdjustments } from "./member-totals";
import type { RankEntry, RankExact } from "./ranking";
import type { ScoredCriteria } from "./scored-criteria";
import type { TargetSums } from "./target-result";
import type { UnitResult } from "./types";

/** The member's numbers as UnitResult shows them (see types.ts). */
export type MemberFigures = Pick<UnitResult, "sections" | "base" | "targetBonus" | "bonus" | "deduction" | "total" | "max" | "percent">;

/** A member's sums, exact: what its estimates stand for, by member-totals.ts's rules. */
interface ExactFigures extends RankExact {
  sections: Q[];
  targetBonus: Q;
  total: Q;
}

/** Where a member's exact figures are summed from, should an estimate not prove one. */
interface ExactSources {
  criteria: ScoredCriteria;
  sections: readonly string[];
  firstSection: number;
  adjustments: MemberAdjustments;
}

const NO_ESTIMATE = new Estimate();
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A member's running sums while its criteria are scored: estimates (estimate.ts) of each Nội dung, of
 * the base and of the target bonus, and the exact maximum. One instance serves every member in turn
 * (scoreMember never runs twice at once); finish() hands out what outlives the member's scoring.
 */
export class MemberSums {
  private readonly sections: Estimate[] = [];
  private readonly base = new Estimate();
  private readonly bonus = new Estimate();
  private readonly total = new Estimate();
  private readonly max = new ExactSum();

  start(sectionCount: number): void {
    while (this.sections.length < sectionCount) this.sections.push(new Estimate());
    for (let i = 0; i < sectionCount; i++) this.sections[i].reset();
    this.base.reset();
    this.bonus.reset();
    this.max.reset();
  }

  /** Takes the criterion just scored: its estimated base and bonus, in Nội dung `section` (an index). */
  addCriterion(section: number, criterion: TargetSums, standardPoints: number): void {
    const sum = this.sections[section];
    sum.add(criterion.base);
    sum.add(criterion.bonus);
    this.base.add(criterion.base);
    this.bonus.add(criterion.bonus);
    this.max.addNumber(standardPoints);
  }

  /**
   * The member's ranking entry and figures, once every criterion is in: total = max(0, Σ criteria + bonus −
   * deduction) and percent = total / max × 100 as member-totals.ts defines them, estimated, each figure
   * the double nearest its exact value (exact sums only where an estimate cannot prove it).
   */
  finish(sources: ExactSources, rankLast: boolean): MemberRanking {
    const { adjustments } = sources;
    const max = this.max.value();
    const ranking = new MemberRanking(rankLast, adjustments.deduction, max, sources);
    const total = this.total;
    total.copy(this.base);
    total.add(this.bonus);
    total.addQ(sub(adjustments.bonus, adjustments.deduction));
    if (!isExactZero(total)) {
      const sign = compareEstimates(total, NO_ESTIMATE);
      if (sign === undefined) total.set(ranking.exact().total);
      else if (sign < 0) total.reset();
    }
    const percent = ranking.percent;
    if (isZero(max)) percent.reset();
    else if (max.bn === null && max.n > 0 && max.d * 100 <= SAFE) {
      percent.copy(total);
      percent.multiply(max.d * 100);
      percent.divide(max.n);
    } else percent.set(ranking.exact().percent);

    const sections: Record<string, number> = {};
    for (let i = 0; i < sources.sections.length; i++) sections[sources.sections[i]] = certified(this.sections[i]) ?? toNumber(ranking.exact().sections[i]);
    ranking.figures = {
      sections,
      base: certified(this.base) ?? toNumber(ranking.exact().base),
      targetBonus: certified(this.bonus) ?? toNumber(ranking.exact().targetBonus),
      bonus: toNumber(adjustments.bonus),
      deduction: toNumber(adjustments.deduction),
      total: certified(total) ?? toNumber(ranking.exact().total),
      max: toNumber(max),
      percent: certified(percent) ?? toNumber(ranking.exact().percent),
    };
    return ranking;
  }
}

function isExactZero(e: Estimate): boolean {
  return e.hi === 0 && e.lo === 0 && e.err === 0;
}

/** What the ranking compares: the percent estimated, the exact values summed on demand (ties, near ties). */
export class MemberRanking implements RankEntry {
  readonly percent = new Estimate();
  figures: MemberFigures = undefined as unknown as MemberFigures;
  private exactFigures: ExactFigures | undefined = undefined;

  constructor(
    readonly rankLast: boolean,
    readonly deduction: Q,
    /** Σ standard points, exact: members whose maxima differ are reported (maxima-differ). */
    readonly maxPoints: Q,
    private readonly sources: ExactSources,
  ) {}

  /** The member's sums, exact (summed once, when first asked). */
  exact(): ExactFigures {
    if (this.exactFigures === undefined) this.exactFigures = exactFigures(this.sources, this.maxPoints);
    return this.exactFigures;
  }
}

function exactFigures(sources: ExactSources, max: Q): ExactFigures {
  const { criteria, sections: names, adjustments, firstSection } = sources;
  const sections = names.map(() => new ExactSum());
  const base = new ExactSum();
  const bonus = new ExactSum();
  for (let i = 0; i < criteria.plans.length; i++) {
    const exact = criteria.exact(i);
    const section = sections[names.indexOf(criteria.plans[i].criterion.section)];
    section.add(exact.base);
    section.add(exact.bonus);
    base.add(exact.base);
    bonus.add(exact.bonus);
  }
  const sectionValues = sections.map((s) => s.value());
  const totals = memberTotals(add(base.value(), bonus.value()), adjustments, max);
  return {
    sections: sectionValues,
    firstSection: firstSection < 0 ? ZERO : sectionValues[firstSection],
    base: base.value(),
    targetBonus: bonus.value(),
    total: totals.total,
    percent: totals.percent,
  };
}
