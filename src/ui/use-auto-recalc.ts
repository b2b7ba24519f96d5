import type { CalculationHost, InputChange } from "../workbook/host/host";
import { useHostSubscription } from "./use-host-subscription";

/** Subscribes to the host's input-change events while the switch is on; without them the officer still has the Tính lại button. */
export function useAutoRecalc(changes: CalculationHost["changes"], enabled: boolean, onInputChanged: (change?: InputChange) => void): void {
  useHostSubscription(changes, enabled, onInputChanged, "workbook changes");
}
