import { selfScoreDifferences } from "../../src/ui/self-score";
import { selfScoreWarning, target, unitWithTargets } from "./insights-fixtures";

test("a target whose self-score is off the computed points is listed with the difference and its self-score cell", () => {
  const unit = unitWithTargets([target({ selfScore: 80, points: 77 }), target({ no: "3", selfScore: 70, points: 70, base: 70, bonus: 0 })]);
  const [diff, ...rest] = selfScoreDifferences(unit, []);
  expect(rest).toHaveLength(0);
  expect(diff.difference).toBeCloseTo(3, 10);
  expect(diff).toMatchObject({ self: 80, points: 77, sheet: "Chỉ tiêu", cell: "H3", message: null });
});

test("the core's self-score warning for the target's row is attached, even when the difference rounds away", () => {
  const unit = unitWithTargets([target({ selfScore: 77.001, points: 77 })]);
  const diffs = selfScoreDifferences(unit, [selfScoreWarning("H3")]);
  expect(diffs).toHaveLength(1);
  expect(diffs[0].message?.vi).toBe("Điểm tự chấm khác điểm tính được");
});

test("targets without a self-score, or within display precision and without a warning, are not listed", () => {
  const unit = unitWithTargets([target({ selfScore: null }), target({ selfScore: 77.001 })]);
  expect(selfScoreDifferences(unit, [selfScoreWarning("H9")])).toEqual([]);
});
