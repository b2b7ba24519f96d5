/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { explainMember, findUnit } from "../../src/cli/explain";
import { rankingTable } from "../../src/cli/print-table";
import { App } from "../../src/ui/App";
import { FileHost } from "../../src/web/file-host";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
import { calculate } from "../../src/workbook/calculate";
import type { WorkbookGrid } from "../../src/workbook/grid";
import type { RenderedSheet } from "../../src/workbook/rendering/output-types";
import { buildInputWorkbook } from "../../scripts/input-workbook";
import { sheet } from "../fixtures/sheet";
import { excelShows } from "../scoring/excel-display-model";
import { FakeHost } from "../ui/fake-host";
import { rankedOutcome } from "../ui/insights-fixtures";
import { polyfillBlobArrayBuffer, polyfillTextDecoder } from "../web/jsdom-apis";

beforeAll(() => {
  polyfillBlobArrayBuffer();
  polyfillTextDecoder();
});

/**
 * The contract's one-value rule across surfaces: a target of plan 70 whose actual lands its points on a
 * half-way point (70 + j/100 + 0,005, e.g. 72,145) reads the same — the exact value rounded half away
 * from zero, which is also what Excel shows for the stored double — in the CLI trace and table, the
 * Chi tiết điểm text and number cells, the task pane and the web page.
 */

const NOW = new Date(2026, 11, 4, 9, 0);
const NAME = "Đơn vị A";

/** Points 70 + bonus with bonus = j/100 + 0,005 exactly: actual (14001 + 2j)/200, typed as its shortest decimal. */
function actualFor(j: number): number {
  return Number(((14001 + 2 * j) / 200).toString());
}

/** What every surface must show, from the exact value (independent of the program): half away from zero. */
function expected(j: number): { bonus: string; points: string } {
  const hundredths = (base: number) => `${Math.floor(base / 100)},${String(base % 100).padStart(2, "0")}`;
  return { bonus: hundredths(j + 1), points: hundredths(7000 + j + 1) };
}

function rows(actual: number): Record<string, (string | number)[][]> {
  return {
    "Đơn vị": [["Mã đơn vị", "Tên đơn vị"], ["A", NAME], ["B", "Đơn vị B"]],
    "Tiêu chí": [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu"], ["1", "I", 70, "Chỉ tiêu", 1]],
    "Chỉ tiêu": [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ["A", "Thu ngân sách", 70, actual], ["B", "Thu ngân sách", 70, 70]],
  };
}

function grid(actual: number): WorkbookGrid {
  return { sheets: Object.entries(rows(actual)).map(([name, r]) => sheet(name, r)) };
}

/** Every text cell, and every 0.00 number cell as Excel shows it, of a rendered sheet. */
function shownCells(sheet: RenderedSheet): string[] {
  return sheet.values.flatMap((row, r) =>
    row.map((value, c) => (typeof value === "number" && sheet.numberFormats[r][c] === "0.00" ? excelShows(value, 2).vi : String(value ?? ""))),
  );
}

describe("one displayed value per number", () => {
  it("CLI trace and table and the sheets show the exact value's rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 699 }), (j) => {
        const { bonus, points } = expected(j);
        const calc = calculate(grid(actualFor(j)), { lang: "vi", now: NOW });
        const unit = findUnit(calc.result, "A")!;
        const trace = explainMember(calc.result, unit, undefined, "vi");
        expect(trace).toContain(`→ 70 + ${bonus} = ${points}`);
        expect(trace).toContain(`${points}/70`);
        expect(trace).toContain(`= ${points}\n`);
        expect(rankingTable(calc.result, "vi")).toContain(points);

        const ranking = shownCells(calc.outputs.ranking!);
        const breakdown = shownCells(calc.outputs.breakdown!);
        expect(ranking).toContain(points);
        expect(breakdown).toContain(points);
        expect(breakdown).toContain(bonus);
        expect(breakdown.some((text) => text.endsWith(`→ 70 + ${bonus}`))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("72,145 points never read 72,14 anywhere in the trace", () => {
    const calc = calculate(grid(72.145), { lang: "vi", now: NOW });
    const trace = explainMember(calc.result, findUnit(calc.result, "A")!, undefined, "vi");
    expect(trace).toContain("70 + 2,15 = 72,15");
    expect(trace).not.toMatch(/72,14(?!\d)/);
  });

  it("the task pane shows the same digits in the ranking and the member's breakdown", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 699 }), async (j) => {
        const { bonus, points } = expected(j);
        const user = userEvent.setup();
        const host = new FakeHost();
        const view = render(<App host={host} />);
        try {
          await user.click(screen.getByRole("button", { name: "Tính lại" }));
          await act(async () => host.current.resolve(rankedOutcome(calculate(grid(actualFor(j)), { lang: "vi", now: NOW }))));
          const row = screen.getAllByTestId("ranking-row").find((r) => r.textContent?.includes(NAME))!;
          expect(row.textContent).toContain(points);
          await user.click(screen.getByRole("button", { name: NAME }));
          const breakdown = screen.getByTestId("unit-breakdown").textContent ?? "";
          expect(breakdown).toContain(`→ 70 + ${bonus}`);
          expect(breakdown).toContain(`${bonus} thưởng = ${points}`);
        } finally {
          view.unmount();
          localStorage.clear();
        }
      }),
      { numRuns: 4 },
    );
  }, 30000);

  it("the web page shows 72,145 points as 72,15", async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const host = new FileHost({ now: () => NOW });
    render(<WebPage host={host} storage={observableStorage(localStorage)} themeKind="light" />);
    const sheets = Object.entries(rows(72.145)).map(([name, r]) => ({ name, rows: r }));
    const bytes = new Uint8Array(await buildInputWorkbook(sheets).xlsx.writeBuffer());
    await user.upload(screen.getByTestId("file-input"), new File([bytes], "khoi.xlsx"));
    await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(2), { timeout: 8000, onTimeout: (e) => new Error(document.body.textContent ?? String(e)) });
    const row = screen.getAllByTestId("ranking-row").find((r) => r.textContent?.includes(NAME))!;
    expect(row.textContent).toContain("72,15");
    await user.click(within(row).getByRole("button", { name: NAME }));
    const breakdown = screen.getByTestId("unit-breakdown").textContent ?? "";
    expect(breakdown).toContain("→ 70 + 2,15");
    expect(breakdown).toContain("2,15 thưởng = 72,15");
    expect(document.body.textContent).not.toMatch(/72,14(?!\d)/);
  }, 15000);
});
