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

  it("two tied for the one Cờ: neither gets it; the Cờ and one Bằng khen stay open for the pair, the next member gets the other Bằng khen", () => {
    const result = bloc([["A", 95], ["B", 95], ["C", 92], ["D", 91]]);
    expect(awards(result)).toEqual([
      ["A", null, true],
      ["B", null, true],
      ["C", "merit", false],
      ["D", null, false],
    ]);
    expect(unitOf(result, "A").notes).toEqual([
      { vi: "Đồng hạng — khối bình xét, biểu quyết", en: "Tied — the bloc decides by vote" },
      { vi: "Cần bình xét: 1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng", en: "Needs the bloc's vote: 1 emulation flag and 1 certificate of merit for 2 tied members" },
    ]);
    expect(result.openAwards).toEqual([
      { award: "flag", count: 1, rank: 1, members: ["A", "B"] },
      { award: "merit", count: 1, rank: 1, members: ["A", "B"] },
    ]);
  });

  it("members after a tie for the Cờ are never moved up into it, even when excellent", () => {
    const result = bloc([["A", 97], ["B", 97], ["C", 96], ["D", 95], ["E", 94]], { meritCount: 3 });
    expect(awards(result)).toEqual([
      ["A", null, true],
      ["B", null, true],
      ["C", "merit", false],
      ["D", "merit", false],
      ["E", null, false],
    ]);
  });

  it("three tied for the one Cờ with one Bằng khen: both stay open for the three, nobody after the tie gets one", () => {
    const result = bloc([["A", 95], ["B", 95], ["C", 95], ["D", 92]], { meritCount: 1 });
    expect(awards(result)).toEqual([
      ["A", null, true],
      ["B", null, true],
      ["C", null, true],
      ["D", null, false],
    ]);
    expect(unitOf(result, "C").notes[1]?.vi).toBe("Cần bình xét: 1 Cờ thi đua và 1 Bằng khen cho 3 đơn vị đồng hạng");
  });

  it("three tied for two Bằng khen: none of them gets one, nor the member after them", () => {
    const result = bloc([["A", 99], ["B", 92], ["C", 92], ["D", 92], ["E", 91]]);
    expect(awards(result)).toEqual([
      ["A", "flag", false],
      ["B", null, true],
      ["C", null, true],
      ["D", null, true],
      ["E", null, false],
    ]);
    expect(unitOf(result, "C").notes[1]).toEqual({ vi: "Cần bình xét: 2 Bằng khen cho 3 đơn vị đồng hạng", en: "Needs the bloc's vote: 2 certificates of merit for 3 tied members" });
    expect(result.openAwards).toEqual([{ award: "merit", count: 2, rank: 2, members: ["B", "C", "D"] }]);
  });

  it("a tie for the last Bằng khen: the one left stays open", () => {
    const result = bloc([["A", 99], ["B", 93], ["C", 92], ["D", 92], ["E", 91]]);
    expect(awards(result)).toEqual([
      ["A", "flag", false],
      ["B", "merit", false],
      ["C", null, true],
      ["D", null, true],
      ["E", null, false],
    ]);
    expect(unitOf(result, "D").notes[1]?.en).toBe("Needs the bloc's vote: 1 certificate of merit for 2 tied members");
  });

  it("two flags, three tied for them: the flags stay open, the Bằng khen for the one left over too", () => {
    const result = bloc([["A", 95], ["B", 95], ["C", 95], ["D", 92]], { flagCount: 2, meritCount: 2 });
    expect(awards(result)).toEqual([
      ["A", null, true],
      ["B", null, true],
      ["C", null, true],
      ["D", "merit", false],
    ]);
    expect(result.openAwards.map((o) => [o.award, o.count])).toEqual([["flag", 2], ["merit", 1]]);
  });

  it("a tied member kept from the Cờ by a violation competes only for the open Bằng khen", () => {
    // A and B tie for 1 Cờ; C (same points) may not get it. A, B, C need 2 Bằng khen after the vote but 1 is left.
    const result = bloc([["A", 95], ["B", 95], ["C", 95], ["D", 92]], { meritCount: 1 }, [["C", "no-flag", "Vi phạm"]]);
    expect(awards(result)).toEqual([
      ["A", null, true],
      ["B", null, true],
      ["C", null, true],
      ["D", null, false],
    ]);
    expect(unitOf(result, "A").notes.map((n) => n.vi)).toEqual([
      "Đồng hạng — khối bình xét, biểu quyết",
      "Cần bình xét: 1 Cờ thi đua cho 2 đơn vị đồng hạng",
      "Cần bình xét: 1 Bằng khen cho 3 đơn vị đồng hạng",
    ]);
    expect(unitOf(result, "C").notes.map((n) => n.vi)).toEqual([
      "Đồng hạng — khối bình xét, biểu quyết",
      "Cần bình xét: 1 Bằng khen cho 3 đơn vị đồng hạng",
      "Không xét Cờ do vi phạm: Vi phạm",
    ]);
  });

  it("a tie that fits inside the flags gives every tied member a flag", () => {
    expect(awards(bloc([["A", 95], ["B", 95], ["C", 92]], { flagCount: 2 }))).toEqual([
      ["A", "flag", false],
      ["B", "flag", false],
      ["C", "merit", false],
    ]);
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

  it("after the last award nobody gets one, a vote or a violation note, and each member keeps its own notes", () => {
    const result = bloc([["A", 95], ["B", 92], ["C", 91], ["D", 91], ["E", 90]], { flagCount: 1, meritCount: 1 }, [["E", "no-award", "Vi phạm"]]);
    expect(awards(result)).toEqual([
      ["A", "flag", false],
      ["B", "merit", false],
      ["C", null, false],
      ["D", null, false],
      ["E", null, false],
    ]);
    const after = result.units.slice(2);
    expect(after.map((u) => u.notes.filter((n) => n.vi.includes("Vi phạm")))).toEqual([[], [], []]);
    after[0].notes.push({ vi: "x", en: "x" });
    expect(after[1].notes).not.toContainEqual({ vi: "x", en: "x" });
  });
});
