import type { CriterionResult } from "../../scoring/types";
import type { CalculationWithExtras } from "../../workbook/extras/extras";

export interface AwaitedDetails {
  /** Puts each member's criteria in place (units' order); true when some were read before they came. */
  fill(criteria: readonly CriterionResult[][]): boolean;
}

/**
 * The page's side of shownDetails (shown-calculation.ts): the ranking comes with each member's criteria
 * empty and is shown at once; the criteria follow a moment later. Until they are filled in, a member's
 * `criteria` reads as empty (a breakdown opened in that instant lists no criterion) and the read is noted,
 * so that the host has the App draw that breakdown again once they are here (FileHost.redraws).
 */
export function awaitDetails(calculation: CalculationWithExtras): AwaitedDetails {
  const { units } = calculation.result;
  let readEarly = false;
  for (const unit of units) {
    Object.defineProperty(unit, "criteria", {
      configurable: true,
      enumerable: true,
      get: (): CriterionResult[] => {
        readEarly = true;
        return [];
      },
    });
  }
  return {
    fill(criteria) {
      units.forEach((unit, i) => Object.defineProperty(unit, "criteria", { value: criteria[i] ?? [], configurable: true, enumerable: true, writable: true }));
      return readEarly;
    },
  };
}
