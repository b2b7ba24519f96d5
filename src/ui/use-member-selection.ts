import type { CalculationHost } from "../workbook/host/host";
import { useHostSubscription } from "./use-host-subscription";

/** Asks the host which member the officer selects on Xếp hạng, while `enabled`; without it a click on the member's name in the pane does the same. */
export function useMemberSelection(selection: CalculationHost["selection"], enabled: boolean, onMember: (code: string) => void): void {
  useHostSubscription(selection, enabled, onMember, "member selection on the ranking sheet");
}
