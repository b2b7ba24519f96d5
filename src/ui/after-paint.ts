import { useEffect, useState } from "react";

/**
 * Resolves once the page has rendered and painted what was just committed (two frames, then a task); at
 * once (a task) where there are no frames (jest), and after at most a second in a hidden tab, whose frames
 * wait until it is shown again: what follows the paint must not wait for the officer to come back.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== "function") {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, HIDDEN_TAB_WAIT_MS);
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(fallback);
          resolve();
        }, 0),
      ),
    );
  });
}

const HIDDEN_TAB_WAIT_MS = 1000;

/**
 * False while what `key` names (a calculation) has not been painted yet, true once it had its paint
 * (afterPaint): a part the officer does not look at first (the chart under 300 ranking rows) is drawn
 * after the part they wait for, in a task of its own, for each new `key`. Always false for undefined
 * (nothing to wait for yet).
 */
export function usePaintedFor(key: unknown): boolean {
  const [painted, setPainted] = useState<unknown>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    void afterPaint().then(() => current && setPainted(() => key));
    return () => {
      current = false;
    };
  }, [key]);
  return painted === key && key !== undefined;
}
