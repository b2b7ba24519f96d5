/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { OpenAwardsNotice } from "../../src/ui/components/OpenAwardsNotice";
import { RankingTable } from "../../src/ui/components/RankingTable";
import { LanguageProvider } from "../../src/ui/language";
import { ranked, run, simpleBloc } from "../contract/contract-helpers";

beforeEach(() => localStorage.clear());

test("lists the awards a tie across a quota line left open, with the tied members", () => {
  const { result } = ranked(run(simpleBloc({ A: 104, B: 104, C: 102 })));
  render(
    <LanguageProvider storage={localStorage}>
      <OpenAwardsNotice result={result} />
    </LanguageProvider>,
  );
  const notice = screen.getByLabelText("Chưa xác định — khối bình xét");
  expect(notice.textContent).toContain("1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng 1: Đơn vị A (A), Đơn vị B (B)");
});

test("shows nothing when every award was decided", () => {
  const { result } = ranked(run(simpleBloc({ A: 104, B: 103 })));
  const { container } = render(
    <LanguageProvider storage={localStorage}>
      <OpenAwardsNotice result={result} />
    </LanguageProvider>,
  );
  expect(container.textContent).toBe("");
});

test("the ranking table shows no award badge for the tied members", () => {
  const { result } = ranked(run(simpleBloc({ A: 104, B: 104, C: 102 })));
  render(
    <LanguageProvider storage={localStorage}>
      <RankingTable units={result.units} sections={result.sections} changes={new Map()} caption="Xếp hạng" issues={[]} />
    </LanguageProvider>,
  );
  expect(screen.queryAllByLabelText("Cờ thi đua")).toEqual([]);
  expect(screen.getAllByLabelText("Bằng khen")).toHaveLength(1);
});
