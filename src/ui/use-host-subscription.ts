import { useEffect, useRef } from "react";

/** A host port that calls a listener until stopped (change events, member selection). */
export interface Subscribable<A extends unknown[]> {
  supported: boolean;
  start(listener: (...args: A) => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Listens to a host port while `enabled`. The listener goes through a ref so a re-render does not
 * unsubscribe and resubscribe (Excel event registration costs a round trip). A failed subscription is
 * only logged: every such port is a convenience with a manual way round it.
 */
export function useHostSubscription<A extends unknown[]>(
  port: Subscribable<A> | null | undefined,
  enabled: boolean,
  listener: (...args: A) => void,
  what: string,
): void {
  const callback = useRef(listener);
  callback.current = listener;

  useEffect(() => {
    if (!port?.supported || !enabled) return;
    let active = true;
    port.start((...args) => active && callback.current(...args)).catch((error: unknown) => {
      console.warn(`Could not subscribe to ${what}`, error);
    });
    return () => {
      active = false;
      port.stop().catch(() => undefined);
    };
  }, [port, enabled, what]);
}
