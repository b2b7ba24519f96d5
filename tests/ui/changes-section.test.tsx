/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { FakeHost } from "./fake-host";
import { KB, amendedPair, rankedOutcome } from "./insights-fixtures";

beforeEach(() => localStorage.clear());

async function twoRuns() {
  const user = userEvent.setup();
  const host = new FakeHost();
  const { first, second } = amendedPair();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(rankedOutcome(first, first.extras)));
  return { user, host, first, second };
}

test("the first calculation shows no changes section: there is nothing to compare with", async () => {
  await twoRuns();
  expect(screen.getAllByTestId("ranking-row")).toHaveLength(3);
  expect(screen.queryByRole("heading", { name: "Thay đổi so với lần tính trước" })).toBeNull();
});

test("after an amendment the section names the cell with its effect, and pressing the cell selects it", async () => {
  const { user, host, second } = await twoRuns();
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(rankedOutcome(second, second.extras)));

  const section = screen.getByTestId("changes");
  expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Thay đổi so với lần tính trước");
  expect(section.textContent).toContain("Lần tính trước: 05/03/2025 09:00");
  const lines = within(screen.getByTestId("change-lines")).getAllByRole("listitem");
  expect(lines.map((l) => l.textContent)).toEqual(second.extras.comparison!.lines.map((l) => l.vi));
  expect(lines[0].textContent).toContain(`${KB}, Chỉ tiêu!F13: 99,6 → 100`);
  await user.click(within(lines[0]).getByRole("button", { name: "Chọn ô Chỉ tiêu!F13" }));
  expect(host.selectCell).toHaveBeenCalledWith("Chỉ tiêu", "F13");

  const history = within(screen.getByTestId("history")).getAllByRole("listitem");
  expect(history.map((h) => h.textContent)).toEqual([
    "05/03/2025 10:00 (lần này): 3 xếp hạng · 0 lỗi · 0 cảnh báo",
    "05/03/2025 09:00: 3 xếp hạng · 0 lỗi · 0 cảnh báo",
  ]);
});

test("in English, and as plain text when the host cannot select cells", async () => {
  const { user, host, second } = await twoRuns();
  (host as { selectCell?: unknown }).selectCell = undefined;
  await user.click(screen.getByRole("button", { name: /English/ }));
  await user.click(screen.getByRole("button", { name: "Recalculate" }));
  await act(async () => host.current.resolve(rankedOutcome(second, second.extras)));
  const section = screen.getByTestId("changes");
  expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Changes since the previous calculation");
  expect(section.textContent).toContain(second.extras.comparison!.lines[0].en);
  expect(within(section).queryByRole("button")).toBeNull();
  expect(within(screen.getByTestId("history")).getAllByRole("listitem")[0].textContent).toContain("3 ranked · 0 errors · 0 warnings");
});

test("extras carried on the calculation (CalculationWithExtras) are found as well", async () => {
  const { user, host, second } = await twoRuns();
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(rankedOutcome(second)));
  expect(screen.getByTestId("changes").textContent).toContain("Chỉ tiêu!F13");
});
