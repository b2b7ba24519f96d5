import { scoreBloc } from "../../src/scoring/score";
import type { Settings, ViolationEffect } from "../../src/scoring/types";
import { BlocBuilder } from "./builders";
import { unitOf } from "./helpers";

/** Members scored directly on one 100-point criterion: the score is the percent. */
function bloc(scores: [string, number][], settings: Partial<Settings> = {}, violations: [string, ViolationEffect, string][] = []) {
  const b = new BlocBuilder(settings).criterion("1", { standardPoints: 100 });
  for (const [code, score] of scores) b.member(code).score(code, "1", { agreed: score });
  for (const [code, effect, text] of violations) b.violation(code, effect, text);
  return scoreBloc(b.build(), []);
}

const awards = (result: ReturnType<typeof bloc>) => result.units.map((u) => [u.code, u.award, u.needsVote]);

describe("award proposals", () => {
  it("flag to the first excellent member, merit to the next ones graded at least good", () => {
    const result = bloc([["A", 95], ["B", 92], ["C", 85], ["D", 75], ["E", 60]], { meritCount: 3 });
    expect(awards(result)).toEqual([
      ["A", "flag", false],
      ["B", "merit", false],
      ["C", "merit", false],
      ["D", null, false],
      ["E", null, false],
    ]);
  });

  it("no flag when nobody is excellent; merit still goes to good members", () => {
    expect(awards(bloc([["A", 85], ["B", 82], ["C", 81]]))).toEqual([
      ["A", "merit", false],
      ["B", "merit", false],
      ["C", null, false],
    ]);
  });

  it("Không xét Cờ: passed over for the flag with a note, still eligible for merit", () => {
    const result = bloc([["A", 99], ["B", 95], ["C", 91]], {}, [["A", "no-flag", "Chậm nộp báo cáo"]]);
    expect(awards(result)).toEqual([
      ["A", "merit", false],
      ["B", "flag", false],
      ["C", "merit", false],
    ]);
    expect(unitOf(result, "A").notes).toEqual([{ vi: "Không xét Cờ do vi phạm: Chậm nộp báo cáo", en: "Not considered for the flag because of a violation: Chậm nộp báo cáo" }]);
  });

  it("Không khen thưởng: no award at all, with a note naming the violation", () => {
    const result = bloc([["A", 99], ["B", 95], ["C", 91], ["D", 90]], {}, [["A", "no-award", "Không ký giao ước"]]);
    expect(awards(result).map(([code, award]) => [code, award])).toEqual([
      ["A", null],
      ["B", "flag"],
      ["C", "merit"],
      ["D", "merit"],
    ]);
    expect(unitOf(result, "A").notes).toEqual([{ vi: "Không khen thưởng do vi phạm: Không ký giao ước", en: "No award because of a violation: Không ký giao ước" }]);
  });

  it("a tie across the flag quota: every tied member is proposed with needsVote; the surplus uses merit slots", () => {
    const result = bloc([["A", 95], ["B", 95], ["C", 92], ["D", 91]]);
    expect(awards(result)).toEqual([
      ["A", "flag", true],
      ["B", "flag", true],
      ["C", "merit", false],
      ["D", null, false],
    ]);
    expect(unitOf(result, "A").notes).toEqual([
      { vi: "Đồng hạng — khối bình xét, biểu quyết", en: "Tied — the bloc decides by vote" },
      { vi: "Cần bình xét: 1 suất cho 2 đơn vị đồng hạng", en: "Needs the bloc's vote: 1 place for 2 tied members" },
    ]);
  });

  it("a tie across the merit quota: all tied members proposed for merit with needsVote", () => {
    const result = bloc([["A", 99], ["B", 92], ["C", 92], ["D", 92], ["E", 91]]);
    expect(awards(result)).toEqual([
      ["A", "flag", false],
      ["B", "merit", true],
      ["C", "merit", true],
      ["D", "merit", true],
      ["E", null, false],
    ]);
    expect(unitOf(result, "C").notes[1]?.vi).toBe("Cần bình xét: 2 suất cho 3 đơn vị đồng hạng");
  });

  it("a tie that fits inside the quota needs no vote for the award", () => {
    const result = bloc([["A", 95], ["B", 92], ["C", 92]]);
    expect(awards(result)).toEqual([
      ["A", "flag", false],
      ["B", "merit", false],
      ["C", "merit", false],
    ]);
  });

  it("a tied group where only one is eligible gives that one the flag without a vote", () => {
    const result = bloc([["A", 95], ["B", 95], ["C", 92]], {}, [["A", "no-flag", "Vi phạm"]]);
    expect(awards(result)).toEqual([
      ["A", "merit", false],
      ["B", "flag", false],
      ["C", "merit", false],
    ]);
  });

  it("quotas come from the settings", () => {
    expect(awards(bloc([["A", 95], ["B", 94], ["C", 93]], { flagCount: 2, meritCount: 0 }))).toEqual([
      ["A", "flag", false],
      ["B", "flag", false],
      ["C", null, false],
    ]);
  });
});
