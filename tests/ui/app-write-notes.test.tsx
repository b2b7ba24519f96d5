/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Localized } from "../../src/scoring/types";
import { App } from "../../src/ui/App";
import type { RecalcOutcome } from "../../src/workbook/host/host";
import { hostFor, sampleSeed } from "../excel/helpers";
import { FakeExcel } from "../fakes/fake-excel";
import { FakeHost, blocked, ranked } from "./fake-host";
import { calculation, error, rankedUnits } from "./fixtures";

beforeEach(() => localStorage.clear());

const KEPT: Localized = { vi: "Trang 'Bảng tổng hợp' là của cán bộ: giữ nguyên.", en: "Sheet 'Bảng tổng hợp' is yours: kept." };
const withNotes = (outcome: RecalcOutcome, notes: Localized[]): RecalcOutcome => ({ ...outcome, notes });

test("the Excel host's note about the officer's 'Bảng tổng hợp' is shown after the run as information, in Vietnamese then English", async () => {
  const user = userEvent.setup();
  const seed = sampleSeed();
  seed.sheets.push({ name: "Bảng tổng hợp", rows: [["Số liệu của cán bộ", 12345]] });
  render(<App host={hostFor(new FakeExcel(seed))} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));

  const notes = await screen.findByTestId("write-notes", {}, { timeout: 5000 });
  expect(within(notes).getByText("Lưu ý về các trang đã ghi")).toBeTruthy();
  expect(notes.textContent).toMatch(/Trang 'Bảng tổng hợp' là của cán bộ.*'Bảng tổng hợp \(2\)'/);
  // Information, not an error: the officer has nothing to fix, and it is not read out as an alert.
  expect(notes.getAttribute("role")).not.toBe("alert");
  // One note reads as a sentence, not as a one-item list.
  expect(within(notes).queryAllByRole("listitem")).toHaveLength(0);
  expect(screen.getAllByTestId("ranking-row")).toHaveLength(10);

  await user.click(screen.getByRole("button", { name: /Ngôn ngữ: English/ }));
  expect(within(notes).getByText("About the sheets written")).toBeTruthy();
  expect(notes.textContent).toMatch(/'Bảng tổng hợp'.*'Bảng tổng hợp \(2\)'/);
  expect(notes.textContent).not.toMatch(/của cán bộ/);
});

test("each note is its own item, also after a blocked run; a run without notes shows none", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const second: Localized = { vi: "Trang 'Biểu đồ' là của cán bộ: giữ nguyên.", en: "Sheet 'Biểu đồ' is yours: kept." };
  await act(async () => host.current.resolve(withNotes(blocked(calculation([], [error("Chỉ tiêu", "G7", "Kế hoạch bằng 0")])), [KEPT, second])));
  expect(within(screen.getByTestId("write-notes")).getAllByRole("listitem").map((li) => li.textContent)).toEqual([KEPT.vi, second.vi]);

  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(withNotes(ranked(calculation(rankedUnits())), [])));
  expect(screen.getAllByTestId("ranking-row")).toHaveLength(10);
  expect(screen.queryByTestId("write-notes")).toBeNull();

  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  expect(screen.queryByTestId("write-notes")).toBeNull();
});
