import type { CalculationExtras } from "../workbook/extras/extras";
import type { RecalcOutcome } from "../workbook/host/host";

type WithExtras = { extras?: CalculationExtras | null };

/**
 * The extra analyses of a run (comparison with the previous calculation, history), when the host
 * computed them: on the outcome (RecalcOutcome.extras) or on the calculation (CalculationWithExtras).
 * Hosts that do not compute them give null and the pane leaves those parts out.
 */
export function outcomeExtras(outcome: RecalcOutcome): CalculationExtras | null {
  return (outcome as RecalcOutcome & WithExtras).extras ?? (outcome.calculation as (RecalcOutcome["calculation"] & WithExtras) | null)?.extras ?? null;
}
