/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { calculation, error, rankedUnits, warning } from "./fixtures";
import { FakeHost, blocked, ranked } from "./fake-host";

beforeEach(() => localStorage.clear());

async function runBlocked(host: FakeHost) {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const issues = [
    warning("Chỉ tiêu", "H9", "Thiếu chỉ tiêu"),
    error("Chỉ tiêu", "G7", "Kế hoạch bằng 0"),
    error("Đơn vị", "", "Thiếu trang Đơn vị"),
  ];
  await act(async () => host.current.resolve(blocked(calculation([], issues))));
  return user;
}

test("clicking a problem selects its sheet and cell in Excel", async () => {
  const host = new FakeHost();
  const user = await runBlocked(host);
  await user.click(screen.getByRole("button", { name: /Chỉ tiêu!G7/ }));
  expect(host.selectCell).toHaveBeenCalledWith("Chỉ tiêu", "G7");
});

test("Enter on a focused problem selects the cell too", async () => {
  const host = new FakeHost();
  const user = await runBlocked(host);
  screen.getByRole("button", { name: /Chỉ tiêu!H9/ }).focus();
  await user.keyboard("{Enter}");
  expect(host.selectCell).toHaveBeenCalledWith("Chỉ tiêu", "H9");
});

test("a problem about a whole sheet has no cell to select and is plain text", async () => {
  const host = new FakeHost();
  await runBlocked(host);
  const items = within(screen.getByTestId("problem-list")).getAllByRole("listitem");
  const sheetProblem = items.find((li) => li.textContent?.includes("Thiếu trang Đơn vị"));
  expect(sheetProblem).toBeDefined();
  expect(within(sheetProblem!).queryByRole("button")).toBeNull();
});

test("the problem's label names severity, place and message for screen readers", async () => {
  const host = new FakeHost();
  await runBlocked(host);
  expect(screen.getByRole("button", { name: "Lỗi tại Chỉ tiêu!G7: Kế hoạch bằng 0. Bấm để chọn ô." })).toBeTruthy();
});

test("when the cell cannot be selected, the pane says so", async () => {
  const host = new FakeHost();
  host.selectCell.mockRejectedValueOnce(new Error("ItemNotFound"));
  const user = await runBlocked(host);
  await user.click(screen.getByRole("button", { name: /Chỉ tiêu!G7/ }));
  expect(await screen.findByText(/Không chọn được ô Chỉ tiêu!G7/)).toBeTruthy();
});

test("without selectCell (a file host) problems are listed but not clickable", async () => {
  const host = new FakeHost();
  (host as { selectCell?: unknown }).selectCell = undefined;
  await runBlocked(host);
  expect(within(screen.getByTestId("problem-list")).queryAllByRole("button")).toHaveLength(0);
});

test("warnings of a ranked run are listed under the ranking and messages follow the language", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits(), [warning("Chỉ tiêu", "H9", "Thiếu chỉ tiêu")]))));
  expect(screen.getByRole("heading", { name: "Lỗi và cảnh báo (1)" })).toBeTruthy();
  expect(screen.getByText("Thiếu chỉ tiêu")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(screen.getByText("EN Thiếu chỉ tiêu")).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Errors and warnings (1)" })).toBeTruthy();
});
