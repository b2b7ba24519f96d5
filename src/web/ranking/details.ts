import type { CriterionResult } from "../../scoring/types";
import type { ShownCalculation, ShownDetails } from "./protocol";

export interface AwaitedDetails {
  /**
   * Puts each member's criteria (units' order) and the extras in place; true when the App must be drawn
   * again: some criteria were read before they came, or the extras have something to show.
   */
  fill(details: ShownDetails): boolean;
}

/**
 * The page's side of shownDetails (shown-calculation.ts): the ranking comes with each member's criteria
 * empty and without its extras, and is shown at once; they follow a moment later. Until they are filled
 * in, a member's `criteria` reads as empty (a breakdown opened in that instant lists no criterion) and the
 * read is noted, so that the host has the App draw that breakdown again once they are here
 * (FileHost.redraws). The App shows the extras only as the changes since the file's last calculation
 * (ChangesSection): drawn again when there are such changes, or a history that could not be read.
 */
export function awaitDetails(calculation: ShownCalculation): AwaitedDetails {
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
    fill({ criteria, extras }) {
      units.forEach((unit, i) => Object.defineProperty(unit, "criteria", { value: criteria[i] ?? [], configurable: true, enumerable: true, writable: true }));
      calculation.extras = extras;
      return readEarly || extras.comparison !== null || extras.historyWarning !== null;
    },
  };
}
