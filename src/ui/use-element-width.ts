import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The content width of an element in CSS pixels, kept up to date as the pane or window is resized; 0 until
 * measured or where layout does not exist (tests without a layout engine). Measured before paint, so a
 * drawing laid out for the width never shows at the wrong size first.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
