/**
 * Hand-built inputs and results for the analyses (what it takes, history, meeting documents, chart),
 * independent of the scoring core. Numbers are those of the worked example in domain.md.
 */
import { defaultCriterion } from "../../../src/scoring/criteria-defaults";
import { withDefaults } from "../../../src/scoring/settings";
import type {
  BlocInput,
  BlocResult,
  CriterionResult,
  Direction,
  Grade,
  MemberInput,
  Settings,
  TargetInput,
  TargetResult,
  UnitResult,
  ViolationEffect,
} from "../../../src/scoring/types";

export interface TargetSpec {
  direction: Direction;
  plan: number | null;
  actual: number;
  /** Points of the target as given by domain.md. */
  points: number;
  capped?: boolean;
  name?: string;
}

export interface UnitSpec {
  code: string;
  name: string;
  rank: number | null;
  targets?: TargetSpec[];
  bonus?: number;
  deduction?: number;
  /** Defaults to Σ target points + bonus − deduction, clamped at 0. */
  total?: number;
  max?: number;
  grade?: Grade | null;
  award?: "flag" | "merit" | null;
  tied?: boolean;
  needsVote?: boolean;
  participates?: boolean;
  tieBreak?: string | null;
  violations?: ViolationEffect[];
  sections?: Record<string, number>;
  notes?: string[];
}

const B = 70;

function source(sheet: string, row: number) {
  return { sheet, row, cells: {} };
}

export function targetResult(memberCode: string, index: number, spec: TargetSpec): TargetResult {
  const base = Math.min(spec.points, B);
  return {
    memberCode,
    criterionCode: "1",
    no: String(index + 1),
    name: spec.name ?? `Chỉ tiêu ${index + 1}`,
    unit: null,
    direction: spec.direction,
    plan: spec.plan,
    actual: spec.actual,
    ratio: null,
    base,
    bonus: spec.points - base,
    points: spec.points,
    capped: spec.capped ?? false,
    selfScore: null,
    explanation: { vi: "", en: "" },
    source: source("Chỉ tiêu", 2 + index),
  };
}

export function unitResult(spec: UnitSpec, settings: Settings = withDefaults()): UnitResult {
  const targets = (spec.targets ?? []).map((t, i) => targetResult(spec.code, i, t));
  const base = targets.reduce((s, t) => s + t.base, 0);
  const targetBonus = targets.reduce((s, t) => s + t.bonus, 0);
  const bonus = spec.bonus ?? 0;
  const deduction = spec.deduction ?? 0;
  const total = spec.total ?? Math.max(0, base + targetBonus + bonus - deduction);
  const max = spec.max ?? 350;
  const percent = (total / max) * 100;
  const criterion: CriterionResult = {
    criterionCode: "1",
    section: "I",
    name: "Chỉ tiêu",
    method: "targets",
    standardPoints: max,
    points: base + targetBonus,
    base,
    bonus: targetBonus,
    scoreUsed: null,
    targets,
    explanation: { vi: "", en: "" },
    source: null,
  };
  return {
    code: spec.code,
    name: spec.name,
    participates: spec.participates ?? true,
    rank: spec.rank,
    tied: spec.tied ?? false,
    sections: spec.sections ?? { I: base + targetBonus, II: 0, III: 0 },
    base,
    targetBonus,
    bonus,
    deduction,
    total,
    max,
    percent,
    grade: spec.grade === undefined ? gradeOf(percent, settings) : spec.grade,
    award: spec.award ?? null,
    needsVote: spec.needsVote ?? false,
    notes: (spec.notes ?? []).map((n) => ({ vi: n, en: n })),
    criteria: targets.length > 0 ? [criterion] : [],
    adjustments: [],
    violations: (spec.violations ?? []).map((effect) => ({ memberCode: spec.code, description: null, effect, source: source("Vi phạm", 2) })),
    tieBreak: spec.tieBreak ? { vi: spec.tieBreak, en: spec.tieBreak } : null,
    source: source("Đơn vị", 2),
  };
}

function gradeOf(percent: number, s: Settings): Grade {
  if (percent >= s.excellentThreshold) return "excellent";
  if (percent >= s.goodThreshold) return "good";
  if (percent >= s.passThreshold) return "pass";
  return "fail";
}

export function blocResult(units: UnitResult[], settings: Settings = withDefaults({ year: 2018, bloc: "Khối 17" }), blocked = false): BlocResult {
  return {
    bloc: settings.bloc,
    year: settings.year,
    settings,
    sections: ["I", "II", "III"],
    units: blocked ? [] : units,
    openAwards: [],
    issues: [],
    blocked,
  };
}

export function blocInput(units: UnitSpec[], settings: Settings = withDefaults({ year: 2018, bloc: "Khối 17" })): BlocInput {
  const members: MemberInput[] = units.map((u, i) => ({
    code: u.code,
    name: u.name,
    type: "Hành chính",
    cchcEligible: true,
    cchcRating: null,
    sectorRating: null,
    participates: u.participates ?? true,
    notes: null,
    source: source("Đơn vị", 2 + i),
  }));
  const targets: TargetInput[] = units.flatMap((u) =>
    (u.targets ?? []).map((t, i) => ({
      memberCode: u.code,
      criterionCode: "1",
      no: String(i + 1),
      name: t.name ?? `Chỉ tiêu ${i + 1}`,
      unit: null,
      direction: t.direction,
      plan: t.plan,
      actual: t.actual,
      selfScore: null,
      notes: null,
      source: source("Chỉ tiêu", 2 + i),
    })),
  );
  return {
    settings,
    members,
    criteria: [defaultCriterion(settings)],
    targets,
    scores: [],
    adjustments: [],
    violations: [],
    sheetNames: { members: "Đơn vị", targets: "Chỉ tiêu", criteria: null, scores: null, adjustments: null, violations: null, settings: null },
  };
}

/** The three units of domain.md's worked example, points per target as printed there. */
export const CUC_THUE: UnitSpec = {
  code: "CT",
  name: "Cục Thuế tỉnh",
  rank: 1,
  award: "flag",
  bonus: 5,
  targets: [
    { direction: "increase", plan: 9000, actual: 9450, points: 73.5 },
    { direction: "decrease", plan: 5, actual: 4, points: 77, capped: true },
    { direction: "increase", plan: 98, actual: 99.5, points: 70 + (1.5 / 98) * 70 },
    { direction: "increase", plan: 400, actual: 380, points: 66.5 },
    { direction: "increase", plan: 100, actual: 100, points: 70 },
  ],
};

export const CANG_VU: UnitSpec = {
  code: "CV",
  name: "Cảng vụ Kiên Giang",
  rank: 2,
  award: "merit",
  bonus: 5,
  targets: [
    { direction: "increase", plan: 12000, actual: 10800, points: 63, name: "Doanh thu" },
    { direction: "increase", plan: 25, actual: 27.5, points: 77, capped: true },
    { direction: "zero", plan: 0, actual: 0, points: 70 },
    { direction: "increase", plan: 150, actual: 165, points: 77, capped: true },
    { direction: "increase", plan: 100, actual: 100, points: 70 },
  ],
};

export const KHO_BAC: UnitSpec = {
  code: "KB",
  name: "Kho bạc Nhà nước CN Kiên Giang",
  rank: 3,
  award: "merit",
  deduction: 2,
  targets: [
    { direction: "increase", plan: 95, actual: 97.85, points: 72.1 },
    { direction: "increase", plan: 100, actual: 99.6, points: 69.72 },
    { direction: "increase", plan: 90, actual: 100, points: 77, capped: true },
    { direction: "decrease", plan: 10, actual: 12, points: 70 * (10 / 12) },
    { direction: "increase", plan: 12000, actual: 12600, points: 73.5 },
  ],
};

export function workedExample(settings: Settings = withDefaults({ year: 2018, bloc: "Khối 17" })): { input: BlocInput; result: BlocResult } {
  const specs = [CUC_THUE, CANG_VU, KHO_BAC];
  return { input: blocInput(specs, settings), result: blocResult(specs.map((s) => unitResult(s, settings)), settings) };
}
