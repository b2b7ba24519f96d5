import type { BlocResult, Issue, IssueCode, UnitResult } from "../../src/scoring/types";

export function issuesOf(result: BlocResult, code: IssueCode): Issue[] {
  return result.issues.filter((i) => i.code === code);
}

export function unitOf(result: BlocResult, code: string): UnitResult {
  const unit = result.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code} in ${result.units.map((u) => u.code).join(", ")}`);
  return unit;
}

/** Five Tăng targets at plan 100 with the given actuals. */
export const FULL = [100, 100, 100, 100, 100];
