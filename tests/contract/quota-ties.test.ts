import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runRank, tempDir, writeWorkbook } from "../cli/cli-helpers";
import type { Calculation } from "../../src/workbook/calculate";
import { ranked, run, simpleBloc, unitOf } from "./contract-helpers";

jest.setTimeout(60_000);

/** Contract clarification: a tie across a quota line gets no award; the meeting decides. */
const awards = (calc: Calculation) => calc.json.units.map((u) => [u.code, u.rank, u.award]);
const votes = (calc: Calculation) => calc.result.units.map((u) => [u.code, u.needsVote]);

describe("a tie across a quota line gets no award", () => {
  it("two members tied first for the one Cờ: neither gets it, both need the vote, with a note naming the award and the count", () => {
    const calc = ranked(run(simpleBloc({ A: 104, B: 104, C: 102, D: 101 })));
    expect(awards(calc)).toEqual([["A", 1, null], ["B", 1, null], ["C", 3, "merit"], ["D", 4, null]]);
    expect(votes(calc)).toEqual([["A", true], ["B", true], ["C", false], ["D", false]]);
    for (const code of ["A", "B"]) expect(unitOf(calc, code).notes).toContain("Cần bình xét: 1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng");
    // Nobody after the tie is moved up into the Cờ.
    expect(calc.json.units.filter((u) => u.award === "flag")).toEqual([]);
  });

  it("three members tied for the two Bằng khen: none gets one, the member after them neither", () => {
    const calc = ranked(run(simpleBloc({ A: 105, B: 103, C: 103, D: 103, E: 102 })));
    expect(awards(calc)).toEqual([["A", 1, "flag"], ["B", 2, null], ["C", 2, null], ["D", 2, null], ["E", 5, null]]);
    expect(unitOf(calc, "C").notes).toContain("Cần bình xét: 2 Bằng khen cho 3 đơn vị đồng hạng");
  });

  it("says the same in English", () => {
    const calc = ranked(run(simpleBloc({ A: 105, B: 103, C: 103, D: 103 }), "en"));
    expect(unitOf(calc, "B").notes).toContain("Needs the bloc's vote: 2 certificates of merit for 3 tied members");
  });

  it("a tie that fits inside the quota gives the award to every tied member", () => {
    const calc = ranked(run(simpleBloc({ A: 105, B: 103, C: 103, D: 102 })));
    expect(awards(calc)).toEqual([["A", 1, "flag"], ["B", 2, "merit"], ["C", 2, "merit"], ["D", 4, null]]);
    expect(votes(calc).filter(([, vote]) => vote)).toEqual([]);
  });

  it("the result JSON carries award null and needsVote true for the tied members, needsVote false for the others", () => {
    const calc = ranked(run(simpleBloc({ A: 104, B: 104, C: 102 })));
    expect(Object.keys(calc.json.units[0])).toEqual(["code", "name", "rank", "tied", "sections", "bonus", "deduction", "total", "max", "percent", "grade", "award", "needsVote", "notes"]);
    expect(calc.json.units.map((u) => [u.code, u.award, u.needsVote])).toEqual([["A", null, true], ["B", null, true], ["C", "merit", false]]);
  });

  it("the Xếp hạng sheet leaves their award cell empty and lists the open awards under the table", () => {
    const calc = ranked(run(simpleBloc({ A: 104, B: 104, C: 102 })));
    const sheetOut = calc.outputs.ranking!;
    const header = sheetOut.values[sheetOut.headerRow];
    const awardCol = header.indexOf("Đề nghị khen thưởng");
    const rows = sheetOut.values.slice(sheetOut.headerRow + 1, (sheetOut.tableEndRow ?? sheetOut.values.length - 1) + 1);
    expect(rows.map((r) => [r[1], r[awardCol]])).toEqual([["A", null], ["B", null], ["C", "Bằng khen"]]);
    const below = sheetOut.values.slice((sheetOut.tableEndRow ?? 0) + 1).map((r) => r[0]).filter((v) => v !== null);
    expect(below).toEqual(["Chưa xác định — khối bình xét: 1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng 1: Đơn vị A (A), Đơn vị B (B)"]);
  });

  it("the command line: award null in the JSON, the open awards on a line after the table", async () => {
    const dir = tempDir();
    const input = join(dir, "tie.xlsx");
    const rows = ["A", "B", "C"].flatMap((code) => [1, 2, 3, 4, 5].map((n) => [code, n, `Chỉ tiêu ${n}`, "Tăng", 100, code === "C" ? 102 : 104]));
    await writeWorkbook(input, [
      { name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"], ["C", "Đơn vị C"]] },
      { name: "Chỉ tiêu", rows: [["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"], ...rows] },
    ]);
    const result = await runRank([input, "--json", join(dir, "r.json"), "--out", join(dir, "out.xlsx")]);
    expect(result.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(json.units.map((u: { code: string; award: string | null }) => [u.code, u.award])).toEqual([["A", null], ["B", null], ["C", "merit"]]);
    expect(json.units[0].notes).toContain("Cần bình xét: 1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng");
    expect(result.stdout).toMatch(/Chưa xác định — khối bình xét: 1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng 1: Đơn vị A \(A\), Đơn vị B \(B\)/);
  });
});

