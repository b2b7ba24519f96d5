/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { en as EN_WORDS } from "../../src/scoring/vocabulary/en";
import { insightsEn } from "../../src/scoring/vocabulary/insights-en";
import { insightsVi } from "../../src/scoring/vocabulary/insights-vi";
import { paneEn, paneFileEn } from "../../src/scoring/vocabulary/pane-en";
import { paneFileVi, paneVi } from "../../src/scoring/vocabulary/pane-vi";
import { vi as VI_WORDS } from "../../src/scoring/vocabulary/vi";
import { App } from "../../src/ui/App";
import { RANKING_HEADERS } from "../../src/workbook/rendering/labels";
import { calculate } from "../../src/workbook/calculate";
import { sheet, workedExampleGrid } from "../workbook/extras/grids";
import { FakeHost } from "./fake-host";
import { rankedOutcome } from "./insights-fixtures";

beforeEach(() => localStorage.clear());

/** Every text of a (nested) table of words: strings as they are, templates filled with "x". */
function texts(table: object): string[] {
  return Object.values(table).flatMap((value): string[] => {
    if (typeof value === "string") return [value];
    if (typeof value === "function") return [String((value as (p: Record<string, string>) => string)(new Proxy({}, { get: () => "x" })))];
    return value !== null && typeof value === "object" ? texts(value as object) : [];
  });
}

const wordsOf = (text: string) => text.match(/[A-Za-z]{3,}/g) ?? [];

/**
 * Words that only the English tables use: every Latin word of the English vocabulary and pane
 * dictionaries that no Vietnamese text holds (so "Excel", "CCHC", "English" on the switch are allowed).
 */
function englishOnlyWords(): Set<string> {
  const viTexts = [VI_WORDS, paneVi, paneFileVi, insightsVi].flatMap(texts).join(" ");
  const viWords = new Set(wordsOf(viTexts).map((w) => w.toLowerCase()));
  const enTexts = [EN_WORDS, paneEn, paneFileEn, insightsEn].flatMap(texts);
  return new Set(enTexts.flatMap(wordsOf).filter((w) => !viWords.has(w.toLowerCase())));
}

/** The worked example with a violation, so awards, grades, effects, deductions and tie notes all show. */
function calculationWithEverything() {
  const violations = sheet("Vi phạm", [["Mã đơn vị", "Hình thức", "Nội dung"], ["CV", "Không xét Cờ", "Chậm nộp báo cáo"]]);
  return calculate(workedExampleGrid(99.6, [violations]), { lang: "vi", now: new Date(2026, 11, 4, 9, 0) });
}

/** All text a person or a screen reader meets, node by node (so "XS" and "Cờ" side by side stay two words): content, titles, labels. */
function shownText(): string {
  const nodes: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode.textContent ?? "");
  const attributes = [...document.querySelectorAll("[title],[aria-label],[alt]")].flatMap((el) => ["title", "aria-label", "alt"].map((a) => el.getAttribute(a) ?? ""));
  return [...nodes, ...attributes].join(" ");
}

/** The pane in Vietnamese after Tính lại ranked calculationWithEverything(). */
async function vietnamesePaneRanked() {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const calc = calculationWithEverything();
  await act(async () => host.current.resolve(rankedOutcome(calc)));
  return { user, calc };
}

test("in Vietnamese the pane shows no English word: ranking, badges, every member's breakdown", async () => {
  const { user, calc } = await vietnamesePaneRanked();
  expect(calc.result.units.some((u) => u.award === "flag")).toBe(true);
  for (const unit of calc.result.units) await user.click(screen.getByRole("button", { name: unit.name }));

  const shown = new Set(wordsOf(shownText()));
  const english = [...englishOnlyWords()].filter((w) => shown.has(w));
  expect(english).toEqual([]);
  // The award badges read the Vietnamese short names (never "Flag").
  const badges = within(screen.getByTestId("ranking-table")).getAllByLabelText(/Cờ thi đua|Bằng khen/);
  expect(badges.map((b) => b.textContent)).toEqual(expect.arrayContaining([VI_WORDS.awardShort.flag]));
});

test("the check catches an English word: the same pane in English shows some", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: /English/ }));
  await user.click(screen.getByRole("button", { name: "Recalculate" }));
  await act(async () => host.current.resolve(rankedOutcome(calculationWithEverything())));
  const shown = new Set(wordsOf(shownText()));
  expect([...englishOnlyWords()].filter((w) => shown.has(w))).toEqual(expect.arrayContaining(["Flag", "Recalculate"]));
});

test("the Xếp hạng sheet writes the grade and award the pane shows for the same member", async () => {
  const { calc } = await vietnamesePaneRanked();
  const ranking = calc.outputs.ranking!;
  const header = ranking.values[ranking.headerRow];
  const flagged = calc.result.units.find((u) => u.award === "flag")!;
  const row = ranking.values.find((r) => r[header.indexOf(RANKING_HEADERS.code.vi)] === flagged.code)!;
  const paneRow = within(screen.getByTestId("ranking-table")).getAllByTestId("ranking-row").find((r) => r.dataset.code === flagged.code)!;
  const badges = within(paneRow).getAllByLabelText(/./).map((b) => b.getAttribute("aria-label"));
  expect(badges).toEqual(expect.arrayContaining([row[header.indexOf(RANKING_HEADERS.award.vi)], row[header.indexOf(RANKING_HEADERS.grade.vi)]]));
});
