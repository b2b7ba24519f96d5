/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { calculation, unit } from "./fixtures";
import { FakeHost, ranked } from "./fake-host";

const scrolled: Element[] = [];

beforeEach(() => {
  localStorage.clear();
  scrolled.length = 0;
  // jsdom lays nothing out and has no scrollIntoView: record which element asked to be shown.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

/** A bloc of `n` members, ranked 1…n. */
const members = (n: number) => Array.from({ length: n }, (_, i) => unit(`DV${i + 1}`, `Đơn vị số ${i + 1}`, i + 1, 350 - i));
const rows = () => screen.getAllByTestId("ranking-row");

/** Holds the frames back, so that the test says when the page paints. */
function heldFrames() {
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

test("a long ranking: its first screenful is drawn first, every other row once that has painted, in rank order", async () => {
  const frames = heldFrames();
  try {
    const host = new FakeHost();
    render(<App host={host} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Tính lại" }));
    await act(async () => host.current.resolve(ranked(calculation(members(300)))));
    const first = rows().length;
    expect(first).toBeGreaterThanOrEqual(30);
    expect(first).toBeLessThan(300);
    await frames.paint();
    expect(rows().map((r) => r.getAttribute("data-code"))).toEqual(members(300).map((u) => u.code));
  } finally {
    frames.restore();
  }
});

test("a member selected on the sheet below the first screenful, before the rest was drawn, is opened and scrolled to once drawn", async () => {
  const frames = heldFrames();
  try {
    const host = new FakeHost();
    render(<App host={host} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Tính lại" }));
    await act(async () => host.current.resolve(ranked(calculation(members(300)))));
    await act(async () => host.memberListener?.("DV250"));
    expect(scrolled).toEqual([]);
    await frames.paint();
    const row = rows().find((r) => r.getAttribute("data-code") === "DV250")!;
    await waitFor(() => expect(scrolled).toEqual([row]));
    expect(within(row).getByRole("button").getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(screen.getByTestId("unit-detail"));
  } finally {
    frames.restore();
  }
});
