/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { OfficeTimeout } from "../../src/ui/components/OfficeTimeout";
import { LanguageProvider } from "../../src/ui/language";
import { calculation, rankedUnits, rankingSheet, unit } from "./fixtures";
import { FakeHost, ranked } from "./fake-host";

beforeEach(() => localStorage.clear());

test("the Office timeout screen explains what to check and retries", async () => {
  const user = userEvent.setup();
  const onRetry = jest.fn();
  render(
    <LanguageProvider storage={localStorage}>
      <OfficeTimeout onRetry={onRetry} />
    </LanguageProvider>,
  );
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Không tải được Office");
  expect(alert.textContent).toContain("office.js nội bộ");
  await user.click(screen.getByRole("button", { name: "Thử lại" }));
  expect(onRetry).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
});

test("the table shows rank changes, ties, unranked members and members needing a vote", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const units = rankedUnits().slice(0, 3);
  units[1] = { ...units[1], rank: 2, tied: true, needsVote: true };
  units[2] = { ...units[2], rank: 2, tied: true, needsVote: true };
  const outsider = { ...unit("X", "Đơn vị không tham gia", null, 0), participates: false, grade: null, award: null };
  const sheet = rankingSheet([
    ["NHNN", "▲2"],
    ["CT", "▼1"],
  ]);
  await act(async () => host.current.resolve(ranked(calculation([...units, outsider], [], sheet))));
  const rows = screen.getAllByTestId("ranking-row");
  expect(within(rows[0]).getByText("Tăng 2 hạng")).toBeTruthy();
  expect(within(rows[1]).getByText("Giảm 1 hạng")).toBeTruthy();
  expect(rows[1].textContent).toContain("2=");
  expect(within(rows[1]).getByText("cần bình xét")).toBeTruthy();
  expect(within(rows[2]).getByText("đồng hạng")).toBeTruthy();
  expect(within(rows[3]).getByText("Không xếp hạng")).toBeTruthy();
  expect(rows[3].textContent).toContain("—");
});

test("a member's notes (why no flag, tie to vote on) show in its row without opening the details", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const units = rankedUnits().slice(0, 2);
  units[0] = { ...units[0], award: "merit", notes: [{ vi: "Không xét Cờ do vi phạm", en: "Not eligible for the flag: violation" }] };
  await act(async () => host.current.resolve(ranked(calculation(units))));
  const first = screen.getAllByTestId("ranking-row")[0];
  expect(within(first).getByText("Không xét Cờ do vi phạm")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(within(screen.getAllByTestId("ranking-row")[0]).getByText("Not eligible for the flag: violation")).toBeTruthy();
});
