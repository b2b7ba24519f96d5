/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { UnitDetail } from "../../src/ui/components/UnitDetail";
import { LanguageProvider } from "../../src/ui/language";
import { whatItTakes } from "../../src/scoring/what-it-takes";
import { FakeHost } from "./fake-host";
import { KB, rankedOutcome, selfScoreWarning, target, unitWithTargets, workedExample } from "./insights-fixtures";

beforeEach(() => localStorage.clear());

async function openDetail(name: string, calc = workedExample()) {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(rankedOutcome(calc)));
  const button = screen.getByRole("button", { name });
  await user.click(button);
  return { user, host, calc, detail: document.getElementById(button.getAttribute("aria-controls") ?? "")! };
}

test("a member's detail explains every target: direction, plan → actual, ratio, base + bonus = points and the core's text", async () => {
  const { detail, calc } = await openDetail(KB);
  const kb = calc.result.units.find((u) => u.code === "KB")!;
  const breakdown = within(detail).getByTestId("unit-breakdown");
  const targets = kb.criteria.flatMap((c) => c.targets);
  expect(targets).toHaveLength(5);
  for (const t of targets) expect(within(breakdown).getByText(t.explanation.vi)).toBeTruthy();
  const decrease = within(breakdown).getByText(/“Tồn quỹ”/).closest("li")!;
  expect(decrease.textContent).toContain("Chiều: giảm");
  expect(decrease.textContent).toContain("Kế hoạch 10 → thực hiện 12");
  expect(decrease.textContent).toContain("tỷ lệ 83,3 %");
  expect(decrease.textContent).toContain("58,33 + 0,00 thưởng = 58,33 điểm");
  // The deduction and the tie-breaker line are spelled out too.
  expect(breakdown.textContent).toContain("−2,00");
  expect(breakdown.textContent).toContain("Nộp báo cáo chậm");
  expect(breakdown.textContent).toContain(kb.tieBreak ? kb.tieBreak.vi : "Xếp theo tỷ lệ điểm, không cần tiêu chí phụ.");
});

test("a target at its bonus cap says so, and bonus lines such as CCHC show with a plus sign", async () => {
  const { detail } = await openDetail("Cục Thuế tỉnh");
  const debt = within(detail).getByText(/“Nợ đọng”/).closest("li")!;
  expect(debt.textContent).toContain("đã đạt mức thưởng tối đa");
  expect(within(detail).getByTestId("unit-breakdown").textContent).toContain("+5,00");
});

test("what it takes lists the core's lines for the member: pass the one above, the next band, the actual needed per target", async () => {
  const { detail, calc } = await openDetail(KB);
  const section = within(detail).getByTestId("what-it-takes");
  expect(within(section).getByRole("heading").textContent).toBe("Cần gì để lên hạng");
  const lines = whatItTakes(calc.input!, calc.result).get("KB")!.lines.map((l) => l.vi);
  expect(lines.length).toBeGreaterThan(2);
  expect(within(section).getAllByRole("listitem").map((li) => li.textContent)).toEqual(lines);
  expect(section.textContent).toContain("Cảng vụ Kiên Giang");
});

test("switching to English translates the breakdown and what it takes", async () => {
  const { user, detail, calc } = await openDetail(KB);
  await user.click(screen.getByRole("button", { name: /English/ }));
  const kb = calc.result.units.find((u) => u.code === "KB")!;
  expect(within(detail).getByText(kb.criteria[0].targets[3].explanation.en)).toBeTruthy();
  expect(within(detail).getByRole("heading", { name: "What it takes to move up" })).toBeTruthy();
  expect(within(detail).getByRole("heading", { name: "Why these points" })).toBeTruthy();
  const en = whatItTakes(calc.input!, calc.result).get("KB")!.lines[0].en;
  expect(within(detail).getByText(en)).toBeTruthy();
});

test("without the calculation's input, what it takes is left out instead of guessed", async () => {
  const calc = workedExample();
  const { detail } = await openDetail(KB, { ...calc, input: undefined });
  expect(within(detail).queryByTestId("what-it-takes")).toBeNull();
  expect(within(detail).getByTestId("unit-breakdown")).toBeTruthy();
});

test("self-scores that differ are listed with the difference and a button that selects the cell", async () => {
  const user = userEvent.setup();
  const onSelectCell = jest.fn();
  const unit = unitWithTargets([target({ selfScore: 80 })]);
  render(
    <LanguageProvider storage={null}>
      <UnitDetail unit={unit} sections={["I"]} issues={[selfScoreWarning("H3")]} onSelectCell={onSelectCell} />
    </LanguageProvider>,
  );
  const list = screen.getByTestId("self-score-differences");
  expect(list.textContent).toContain("Chỉ tiêu 2 “Nợ đọng”: tự chấm 80,00, tính được 77,00 (chênh +3,00)");
  await user.click(within(list).getByRole("button", { name: "Chọn ô Chỉ tiêu!H3" }));
  expect(onSelectCell).toHaveBeenCalledWith("Chỉ tiêu", "H3");
  // The target itself carries the difference too, where the officer reads its points.
  expect(screen.getByText("Tự chấm 80,00: chênh +3,00 so với điểm tính được")).toBeTruthy();
});
