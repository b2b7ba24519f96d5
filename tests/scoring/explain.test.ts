import { ZERO, int } from "../../src/scoring/exact";
import { explainTarget } from "../../src/scoring/explain";
import { scoreBloc } from "../../src/scoring/score";
import { sectionOrder } from "../../src/scoring/sections";
import { BlocBuilder } from "./builders";
import { unitOf } from "./helpers";

describe("target explanations", () => {
  it("explain every direction and the special cases in both languages", () => {
    const b = new BlocBuilder().member("X");
    b.target("X", "pass", null, 1).target("X", "pass", null, 0).target("X", "decrease", 10, 0).target("X", "zero", 0, 3).target("X", "increase", 9000, 9450);
    const texts = unitOf(scoreBloc(b.build(), []), "X").criteria[0].targets.map((t) => t.explanation);
    expect(texts).toEqual([
      { vi: "Đạt → 70", en: "Passed → 70" },
      { vi: "Không đạt → 0", en: "Not passed → 0" },
      { vi: "P/A: thực hiện 0 → 70 + 7,00", en: "P/A: actual 0 → 70 + 7.00" },
      { vi: "Bằng 0: thực hiện 3 → 0", en: "Zero: actual 3 → 0" },
      { vi: "9.450/9.000 = 105,0 % → 70 + 3,50", en: "9,450/9,000 = 105.0% → 70 + 3.50" },
    ]);
  });

  it("explains a target without a usable plan", () => {
    const base = { direction: "increase" as const, decreaseMethod: "inverse" as const, kind: "plan-zero" as const, actual: int(5), ratio: null, base: ZERO, bonus: ZERO };
    expect(explainTarget({ ...base, plan: int(0) })).toEqual({ vi: "Kế hoạch 0: không tính được tỷ lệ → 0", en: "Plan 0: no completion ratio → 0" });
    expect(explainTarget({ ...base, plan: null }).vi).toBe("Kế hoạch trống: không tính được tỷ lệ → 0");
  });
});

describe("sections", () => {
  it("orders Nội dung by roman numeral, other labels after in the order first seen", () => {
    const b = new BlocBuilder();
    for (const [code, section] of [["a", "III"], ["b", "Khác"], ["c", "I"], ["d", "IV"], ["e", "II"], ["f", "I"]]) b.criterion(code, { section });
    expect(sectionOrder(b.criteria)).toEqual(["I", "II", "III", "IV", "Khác"]);
  });
});
