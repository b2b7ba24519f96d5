import type { Widen } from "./en";
import type { explainVi } from "./explain-vi";

/** How each number was computed, in English: the keys of explain-vi.ts, checked by the compiler. */
export const explainEn: Widen<typeof explainVi> = {
  emptyPlan: "empty",
  planZero: (p) => `Plan ${p.plan}: no completion ratio → 0`,
  fullBonus: (p) => `P/A: actual 0 → ${p.result}`,
  zero: (p) => `Zero: actual ${p.actual} → ${p.result}`,
  passed: (p) => `Passed → ${p.result}`,
  notPassed: (p) => `Not passed → ${p.result}`,
  ratio: (p) => `${p.formula} = ${p.ratio}% → ${p.result}`,
  noTargets: (p) => `No targets (${p.required} required) → 0`,
  targetsSum: (p) => `${p.count} targets: ${p.terms} = ${p.sum}${p.missing > 0 ? ` (${p.missing} missing → 0)` : ""}`,
  scoreKind: { agreed: "Agreed score", verified: "Verified score", self: "Self-score" },
  alternativeNone: (p) => `Alternative group '${p.group}': no data → 0`,
  cchcReason: (p) => `Administrative reform bonus: rated ${p.rating}`,
  sectorReason: (p) => `Sector rating bonus: ${p.rating}`,
  notParticipating: "Not participating",
  tiedNote: "Tied — the bloc decides by vote",
  violation: {
    "no-flag": (p) => `Not considered for the flag because of a violation: ${p.what}`,
    "no-award": (p) => `No award because of a violation: ${p.what}`,
    "rank-last": (p) => `Ranked last because of a violation: ${p.what}`,
  },
  breakerSection: (p) => `Section ${p.section} points`,
  breakerBase: "base points (target bonuses excluded)",
  breakerDeduction: "deductions",
  rankLast: (p) => `Placed below ${p.neighbour} because of a violation (ranked last)`,
};
