import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import type { Calculation } from "../../src/workbook/calculate";
import { FakeHost, ranked } from "./fake-host";

/** The pane after one Tính lại that ranked `calculation`. */
export async function rankedPane(calculation: Calculation, host = new FakeHost()) {
  const user = userEvent.setup();
  const view = render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation)));
  return { host, user, view };
}

/** jsdom lays nothing out and has no scrollIntoView: records which element asked to be shown (cleared before each test). */
export function recordScrolls(): Element[] {
  const scrolled: Element[] = [];
  beforeEach(() => {
    scrolled.length = 0;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
  });
  return scrolled;
}

/** Holds the page's frames back, so that a test says when it paints (afterPaint: two frames, then a task). */
export function heldFrames() {
  const frames: FrameRequestCallback[] = [];
  const own = globalThis.requestAnimationFrame;
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) => frames.push(callback);
  return {
    paint: () =>
      act(async () => {
        for (let frame = 0; frame < 2; frame++) {
          for (const callback of frames.splice(0)) callback(0);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }),
    restore: () => (globalThis.requestAnimationFrame = own),
  };
}
