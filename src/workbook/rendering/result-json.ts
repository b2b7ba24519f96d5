import type { BlocResult, Grade, Lang, Severity } from "../../scoring/types";

/** The command line's --json result. Field names are fixed by workbook-contract.md; numbers unrounded. */
export interface ResultJson {
  bloc: string;
  year: number | null;
  units: ResultJsonUnit[];
  issues: ResultJsonIssue[];
}

/**
 * Field by field, not picked from UnitResult, on purpose: this is the contract's JSON (workbook-contract.md),
 * which must not follow a change of the core's result type silently.
 */
export interface ResultJsonUnit {
  code: string;
  name: string;
  rank: number | null;
  tied: boolean;
  sections: Record<string, number>;
  bonus: number;
  deduction: number;
  total: number;
  max: number;
  percent: number;
  grade: Grade | null;
  award: "flag" | "merit" | null;
  /**
   * True for the members tied across a quota line (the contract's clarification): their award is null and
   * stays open for the meeting's vote. Written for every member so the shape never changes.
   */
  needsVote: boolean;
  notes: string[];
}

export interface ResultJsonIssue {
  severity: Severity;
  sheet: string;
  cell: string;
  code: string;
  message: string;
}

export function toResultJson(result: BlocResult, lang: Lang): ResultJson {
  return {
    bloc: result.bloc,
    year: result.year,
    units: result.units.map((u) => ({
      code: u.code,
      name: u.name,
      rank: u.rank,
      tied: u.tied,
      sections: { ...u.sections },
      bonus: u.bonus,
      deduction: u.deduction,
      total: u.total,
      max: u.max,
      percent: u.percent,
      grade: u.grade,
      award: u.award,
      needsVote: u.needsVote,
      notes: u.notes.map((n) => n[lang]),
    })),
    issues: result.issues.map((i) => ({ severity: i.severity, sheet: i.sheet, cell: i.cell, code: i.code, message: i.message[lang] })),
  };
}
