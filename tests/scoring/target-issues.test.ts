import { scoreBloc } from "../../src/scoring/score";
import { BlocBuilder } from "./builders";
import { issuesOf, unitOf } from "./helpers";

function fiveTargets(b: BlocBuilder, code: string, actual = 100): BlocBuilder {
  for (let i = 0; i < 5; i++) b.target(code, "increase", 100, actual);
  return b;
}

describe("target-level issues", () => {
  it("plan 0 on a Tăng target is an error on the plan cell, with what to do; the ranking is blocked", () => {
    const b = new BlocBuilder().member("CT", "Cục Thuế");
    b.target("CT", "increase", 0, 50, { name: "Thu ngân sách" });
    for (let i = 0; i < 4; i++) b.target("CT", "increase", 100, 100);
    const result = scoreBloc(b.build(), []);
    expect(result.blocked).toBe(true);
    expect(result.units).toEqual([]);
    expect(issuesOf(result, "plan-zero")).toEqual([
      {
        severity: "error",
        sheet: "Chỉ tiêu",
        cell: "G2",
        code: "plan-zero",
        message: {
          vi: "Kế hoạch bằng 0 ở chỉ tiêu tăng 'Thu ngân sách' của Cục Thuế (CT): không tính được tỷ lệ hoàn thành. Nhập kế hoạch đã đăng ký (> 0) hoặc đổi chiều chỉ tiêu.",
          en: "The plan is 0 on the increase target 'Thu ngân sách' of Cục Thuế (CT): the completion ratio cannot be computed. Enter the registered plan (> 0) or change the target's direction.",
        },
      },
    ]);
  });

  it("an absurd ratio (> 1000 % or < 10 %) is a warning on the actual cell; points are still computed", () => {
    const b = new BlocBuilder().member("CT");
    b.target("CT", "increase", 95, 9785).target("CT", "decrease", 10, 200).target("CT", "increase", 100, 10);
    b.target("CT", "zero", 0, 500).target("CT", "increase", 100, 0);
    const result = scoreBloc(b.build(), []);
    expect(result.blocked).toBe(false);
    expect(issuesOf(result, "ratio-absurd").map((i) => [i.severity, i.cell])).toEqual([
      ["warning", "H2"],
      ["warning", "H3"],
    ]);
    expect(issuesOf(result, "ratio-absurd")[0].message.vi).toContain("10.300,0 %");
    expect(unitOf(result, "CT").criteria[0].targets.map((t) => t.points)).toEqual([77, 3.5, 7, 0, 0]);
  });

  it("fewer targets than the count: warning on the member's code cell, missing ones score 0", () => {
    const b = new BlocBuilder().member("A").member("B");
    fiveTargets(b, "A");
    b.target("B", "increase", 100, 100).target("B", "increase", 100, 100);
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "targets-missing")).toMatchObject([{ severity: "warning", sheet: "Đơn vị", cell: "A3" }]);
    expect(issuesOf(result, "targets-missing")[0].message.vi).toContain("2/5");
    expect(unitOf(result, "B").total).toBe(140);
    expect(unitOf(result, "B").max).toBe(350);
    expect(unitOf(result, "B").criteria[0].explanation.vi).toBe("2/5 chỉ tiêu: 70,00 + 70,00 = 140,00 (thiếu 3 chỉ tiêu → 0)");
  });

  it("more targets than the count: error on the name cell of the first extra row in sheet order", () => {
    const b = new BlocBuilder().member("A");
    fiveTargets(b, "A");
    b.target("A", "increase", 100, 100);
    const input = b.build();
    input.targets.reverse(); // the reader's order must not matter: sheet rows decide which one is extra
    const result = scoreBloc(input, []);
    expect(result.blocked).toBe(true);
    expect(issuesOf(result, "targets-too-many")).toMatchObject([{ severity: "error", sheet: "Chỉ tiêu", cell: "D7" }]);
  });

  it("a self-score differing from the computed points by more than 0,005 is a warning, never used", () => {
    const b = new BlocBuilder().member("A");
    b.target("A", "increase", 95, 97.85, { selfScore: 72.1 });
    b.target("A", "increase", 95, 97.85, { selfScore: 72.104 });
    b.target("A", "increase", 95, 97.85, { selfScore: 72.106 });
    b.target("A", "increase", 100, 100, { selfScore: 77 });
    b.target("A", "increase", 100, 100);
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "self-score-differs").map((i) => [i.severity, i.cell])).toEqual([
      ["warning", "I4"],
      ["warning", "I5"],
    ]);
    expect(unitOf(result, "A").criteria[0].targets[3].points).toBe(70);
  });
});
