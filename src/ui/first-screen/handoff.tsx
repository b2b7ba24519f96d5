import { useEffect, type ReactNode } from "react";
import { CONTROLS, type EarlyInput, type EarlyWindow } from "./early-input";

/** What the officer did on the static first screen (early-input.ts), once: later calls get null. */
export function takeEarlyInput(win: EarlyWindow): EarlyInput | null {
  const early = win.__ktdEarly;
  if (!early || early.taken) return null;
  early.taken = true;
  return early;
}

function transfer(files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/**
 * Does again on the real screen what was done on the static one, which had the same controls in the same
 * order: focus, presses (through the controls' own handlers, so Tính lại runs exactly as if pressed now),
 * a picked file (through the picker's change handler) and dropped files (through the page's drop handler).
 */
export function replayEarlyInput(container: Element, early: EarlyInput, win: Window): void {
  const controls = Array.from(container.querySelectorAll<HTMLElement>(CONTROLS));
  if (early.focused >= 0) controls[early.focused]?.focus();
  for (const index of early.presses) controls[index]?.click();
  const picker = early.picked && controls[early.picked.index];
  if (early.picked && picker instanceof HTMLInputElement && picker.type === "file") {
    picker.files = transfer(early.picked.files).files;
    picker.dispatchEvent(new Event("change", { bubbles: true }));
  }
  if (early.dropped) win.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer(early.dropped), bubbles: true, cancelable: true }));
}

/**
 * Around the real screen's first render: once every effect below has run (the App's recalculation
 * scheduler, the page's drop handler), what was done on the static screen is done again.
 */
export function FirstScreenHandoff({ container, children }: { container: Element; children: ReactNode }) {
  useEffect(() => {
    const early = takeEarlyInput(window as Window & EarlyWindow);
    if (early) replayEarlyInput(container, early, window);
  }, [container]);
  return <>{children}</>;
}
