/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { calculate } from "../../src/workbook/calculate";
import type { WorkbookGrid } from "../../src/workbook/grid";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { FakeHost } from "./fake-host";

beforeEach(() => localStorage.clear());

const SAMPLE_GRID: WorkbookGrid = {
  sheets: KHOI_17_SAMPLE.map((s) => ({ name: s.name, rows: s.rows, originRow: 1, originCol: 1 })),
};

test("the Khối 17 sample, scored by the real core, is shown in its rank order with its problems", async () => {
  const calc = calculate(SAMPLE_GRID, { lang: "vi", now: new Date(2018, 11, 20) });
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve({ status: calc.result.blocked ? "blocked" : "ranked", calculation: calc, error: null, stats: { syncs: 5, chunks: 1, ms: 300 } }));

  expect(calc.result.blocked).toBe(false);
  const rows = screen.getAllByTestId("ranking-row");
  expect(rows).toHaveLength(calc.result.units.length);
  expect(rows).toHaveLength(10);
  rows.forEach((row, i) => expect(within(row).getByRole("button").textContent).toBe(calc.result.units[i].name));
  const ranked = calc.result.units.filter((u) => u.rank !== null).length;
  expect(screen.getByRole("status").textContent).toContain(`${ranked} đơn vị xếp hạng`);
  if (calc.result.issues.length > 0) {
    expect(screen.getByRole("heading", { name: `Lỗi và cảnh báo (${calc.result.issues.length})` })).toBeTruthy();
  }
});
