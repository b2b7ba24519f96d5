import { useEffect, useRef } from "react";
import type { CalculationHost, InputChange } from "../workbook/host";

/**
 * Subscribes to the host's input-change events while the switch is on. The callback goes through a ref
 * so a re-render does not unsubscribe and resubscribe (Excel event registration costs a round trip).
 */
export function useAutoRecalc(changes: CalculationHost["changes"], enabled: boolean, onInputChanged: (change?: InputChange) => void): void {
  const callback = useRef(onInputChanged);
  callback.current = onInputChanged;

  useEffect(() => {
    if (!changes?.supported || !enabled) return;
    let active = true;
    changes.start((change) => active && callback.current(change)).catch((error: unknown) => {
      // Without events the officer still has the Tính lại button; nothing is lost.
      console.warn("Auto recalculation could not subscribe to workbook changes", error);
    });
    return () => {
      active = false;
      changes.stop().catch(() => undefined);
    };
  }, [changes, enabled]);
}
