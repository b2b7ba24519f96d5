/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { calculation, unit } from "./fixtures";
import { heldFrames, rankedPane, recordScrolls } from "./ranked-pane";

const scrolled = recordScrolls();
beforeEach(() => localStorage.clear());

/** A bloc of `n` members, ranked 1…n. */
const members = (n: number) => Array.from({ length: n }, (_, i) => unit(`DV${i + 1}`, `Đơn vị số ${i + 1}`, i + 1, 350 - i));
const rows = () => screen.getAllByTestId("ranking-row");

/** The pane having ranked 300 members, its frames held (heldFrames). */
async function longRanking() {
  const frames = heldFrames();
  const { host } = await rankedPane(calculation(members(300)));
  return { frames, host };
}

test("a long ranking: its first screenful is drawn first, every other row once that has painted, in rank order", async () => {
  const { frames } = await longRanking();
  try {
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
  const { frames, host } = await longRanking();
  try {
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
