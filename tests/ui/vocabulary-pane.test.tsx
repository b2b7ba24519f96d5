/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EFFECT_LABEL, GRADE_LABEL } from "../../src/scoring/labels";
import { en as EN_WORDS } from "../../src/scoring/vocabulary/en";
import { vi as VI_WORDS } from "../../src/scoring/vocabulary/vi";
import { App } from "../../src/ui/App";
import { DICTIONARIES, translator } from "../../src/ui/i18n";
import { insightTranslator } from "../../src/ui/insights-i18n";
import { AWARD_LABELS, NEEDS_VOTE, RANKING_HEADERS, SEVERITY_LABELS, sectionHeader } from "../../src/workbook/rendering/labels";
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
  const viTexts = [...texts(VI_WORDS), ...texts(DICTIONARIES.vi)].join(" ");
  const viWords = new Set(wordsOf(viTexts).map((w) => w.toLowerCase()));
  const enTexts = [...texts(EN_WORDS), ...texts(DICTIONARIES.en)];
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

test("in Vietnamese the pane shows no English word: ranking, badges, every member's breakdown", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const calc = calculationWithEverything();
  await act(async () => host.current.resolve(rankedOutcome(calc)));
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

describe("a shared concept reads the same in the pane and on the sheets, in both languages", () => {
  it.each(["vi", "en"] as const)("%s", (lang) => {
    const t = translator(lang);
    const it = insightTranslator(lang);
    expect(t("gradeExcellent")).toBe(GRADE_LABEL.excellent[lang]);
    expect(t("gradeFail")).toBe(GRADE_LABEL.fail[lang]);
    expect(t("awardFlag")).toBe(AWARD_LABELS.flag[lang]);
    expect(t("awardMerit")).toBe(AWARD_LABELS.merit[lang]);
    expect(t("severityError")).toBe(SEVERITY_LABELS.error[lang]);
    expect(t("severityWarning")).toBe(SEVERITY_LABELS.warning[lang]);
    expect(t("detailBonus")).toBe(RANKING_HEADERS.bonus[lang]);
    expect(t("detailDeduction")).toBe(RANKING_HEADERS.deduction[lang]);
    expect(t("detailTotal")).toBe(RANKING_HEADERS.total[lang]);
    expect(t("detailGrade")).toBe(RANKING_HEADERS.grade[lang]);
    expect(t("colAwardFull")).toBe(RANKING_HEADERS.award[lang]);
    expect(t("detailNotes")).toBe(RANKING_HEADERS.notes[lang]);
    expect(t("needsVote")).toBe(NEEDS_VOTE[lang]);
    expect(t("detailSection", { section: "II" })).toBe(sectionHeader("II")[lang]);
    expect(it("chartColPercent")).toBe(RANKING_HEADERS.percent[lang]);
    expect(it("violationNoFlag")).toBe(EFFECT_LABEL["no-flag"][lang]);
    expect(it("violationRankLast")).toBe(EFFECT_LABEL["rank-last"][lang]);
  });

  it("the Xếp hạng sheet writes the grade and award the pane shows for the same member", async () => {
    const calc = calculationWithEverything();
    const ranking = calc.outputs.ranking!;
    const header = ranking.values[ranking.headerRow];
    const flagged = calc.result.units.find((u) => u.award === "flag")!;
    const row = ranking.values.find((r) => r[header.indexOf(RANKING_HEADERS.code.vi)] === flagged.code)!;
    const t = translator("vi");
    expect(row[header.indexOf(RANKING_HEADERS.award.vi)]).toBe(t("awardFlag"));
    expect(row[header.indexOf(RANKING_HEADERS.grade.vi)]).toBe(t("gradeExcellent"));
  });
});
