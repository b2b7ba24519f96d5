import { withDefaults } from "../../src/scoring/settings";
import { whatItTakes, type MemberGap } from "../../src/scoring/what-it-takes";
import { blocInput, blocResult, CANG_VU, CUC_THUE, KHO_BAC, unitResult, workedExample, type UnitSpec } from "../workbook/meeting/fixtures";

const settings = withDefaults({ year: 2018, bloc: "Khối 17" });

// Totals of the worked example (domain.md), from its per-target points.
const cucThueTotal = 73.5 + 77 + 70 + (1.5 / 98) * 70 + 66.5 + 70 + 5;
const cangVuTotal = 63 + 77 + 70 + 77 + 70 + 5;
const khoBacTotal = 72.1 + 69.72 + 77 + 70 * (10 / 12) + 73.5 - 2;

function gapsOf(specs: UnitSpec[], s = settings): Map<string, MemberGap> {
  return whatItTakes(blocInput(specs, s), blocResult(specs.map((u) => unitResult(u, s)), s));
}

function gap(map: Map<string, MemberGap>, code: string): MemberGap {
  const g = map.get(code);
  if (!g) throw new Error(`no gap for ${code}`);
  return g;
}

describe("whatItTakes on the worked example", () => {
  const { input, result } = workedExample();
  const gaps = whatItTakes(input, result);

  test("Cảng vụ needs more than 1,07 points to pass Cục Thuế", () => {
    const cv = gap(gaps, "CV");
    expect(cv.above?.code).toBe("CT");
    expect(cv.above?.points).toBeCloseTo(cucThueTotal - cangVuTotal, 9);
    expect(cv.lines[0].vi).toBe("Cần thêm hơn 1,07 điểm để vượt Cục Thuế tỉnh (hạng 1, 103,73 %).");
    expect(cv.lines[0].en).toBe("Needs more than 1.07 points to pass Cục Thuế tỉnh (rank 1, 103.73 %).");
    expect(cv.targetGoal).toBe("pass-above");
  });

  test("Cảng vụ's first target (Tăng 12.000 → 10.800, 63 points) would do it above 10.983,67", () => {
    const first = gap(gaps, "CV").targets[0];
    const expected = ((63 + (cucThueTotal - cangVuTotal)) / 70) * 12000;
    expect(first.status).toBe("reachable");
    expect(first.actualNeeded).toBeCloseTo(expected, 6);
    expect(first.line.vi).toContain("cần thực hiện trên 10.983,67");
    expect(first.line.vi).toContain("kế hoạch 12.000, thực hiện 10.800, 63,00 điểm");
    expect(first.line.en).toContain("the actual must exceed 10,983.67");
  });

  test("a target already at its bonus cap says nothing can be added", () => {
    const second = gap(gaps, "CV").targets[1];
    expect(second.status).toBe("capped");
    expect(second.line.vi).toContain("chỉ tiêu đã đạt mức thưởng tối đa, không thể cộng thêm");
    expect(second.line.en).toContain("maximum bonus");
  });

  test("a Bằng 0 target already at 0 carries no bonus", () => {
    const zero = gap(gaps, "CV").targets[2];
    expect(zero.status).toBe("capped");
    expect(zero.line.vi).toContain("không có điểm thưởng");
  });

  test("a target at exactly its plan can earn the gap in bonus", () => {
    const fifth = gap(gaps, "CV").targets[4];
    const expected = 100 * (1 + (cucThueTotal - cangVuTotal) / 70);
    expect(fifth.actualNeeded).toBeCloseTo(expected, 9);
  });

  test("Kho bạc: a target whose remaining bonus is too small is reported, the Giảm target is inverted", () => {
    const kb = gap(gaps, "KB");
    const needed = cangVuTotal - khoBacTotal;
    expect(kb.above?.points).toBeCloseTo(needed, 9);
    expect(kb.targets[0].status).toBe("insufficient");
    expect(kb.targets[0].line.vi).toContain("tối đa 4,90 điểm");
    expect(kb.targets[2].status).toBe("capped");
    const decrease = kb.targets[3];
    const q = 70 * (10 / 12) + needed;
    expect(decrease.status).toBe("reachable");
    expect(decrease.actualNeeded).toBeCloseTo(10 / (1 + (q - 70) / 70), 9);
    expect(decrease.line.vi).toMatch(/cần thực hiện dưới 9,\d\d\./);
  });

  test("the first member has nobody above, and at 103 % no grade to reach", () => {
    const ct = gap(gaps, "CT");
    expect(ct.above).toBeNull();
    expect(ct.nextGrade).toBeNull();
    expect(ct.targetGoal).toBeNull();
    expect(ct.targets).toEqual([]);
    expect(ct.lines.map((l) => l.vi)).toEqual([
      "Đang đứng đầu khối: không có đơn vị nào ở trên.",
      "Đã ở mức xếp loại cao nhất (Hoàn thành xuất sắc nhiệm vụ).",
    ]);
  });
});

describe("whatItTakes variants", () => {
  test("the linear Giảm variant inverts r = 2 − A/P", () => {
    const linear = withDefaults({ decreaseMethod: "linear" });
    const kb: UnitSpec = { ...KHO_BAC, targets: KHO_BAC.targets!.map((t, i) => (i === 3 ? { ...t, points: 56 } : t)) };
    const gaps = gapsOf([CANG_VU, kb], linear);
    const g = gap(gaps, "KB");
    const needed = g.above!.points;
    const r = (56 + needed) / 70;
    expect(r).toBeGreaterThan(1);
    expect(g.targets[3].actualNeeded).toBeCloseTo(10 * (2 - r), 9);
  });

  test("different maxima compare in percent: needed = percentAbove × max / 100 − total", () => {
    const above: UnitSpec = { code: "A", name: "Đơn vị A", rank: 1, total: 400, max: 420 };
    const me: UnitSpec = { code: "B", name: "Đơn vị B", rank: 2, total: 320, max: 350 };
    const g = gap(gapsOf([above, me]), "B");
    expect(g.above?.points).toBeCloseTo((400 / 420) * 350 - 320, 9);
  });

  test("a tie at the same rank needs any positive amount, else a vote", () => {
    const a: UnitSpec = { code: "A", name: "Đơn vị A", rank: 2, tied: true, targets: [{ direction: "increase", plan: 100, actual: 95, points: 66.5 }] };
    const b: UnitSpec = { ...a, code: "B", name: "Đơn vị B" };
    const g = gap(gapsOf([{ code: "T", name: "Top", rank: 1, total: 340 }, a, b]), "B");
    expect(g.above).toMatchObject({ code: "A", tied: true, equalPercent: true, points: 0 });
    expect(g.lines[0].vi).toBe("Đồng hạng 2 với Đơn vị A: chỉ cần thêm bất kỳ số điểm nào để vượt; nếu không, khối bình xét.");
    expect(g.lines[0].en).toContain("decides by vote");
    expect(g.targets[0].actualNeeded).toBeCloseTo(95, 9);
    expect(g.targets[0].line.vi).toContain("trên 95");
  });

  test("equal percent ordered by a tie-breaker says so", () => {
    const a: UnitSpec = { code: "A", name: "Đơn vị A", rank: 1, total: 300 };
    const b: UnitSpec = { code: "B", name: "Đơn vị B", rank: 2, total: 300 };
    const g = gap(gapsOf([a, b]), "B");
    expect(g.above?.equalPercent).toBe(true);
    expect(g.above?.tied).toBe(false);
    expect(g.lines[0].vi).toContain("xếp sau theo tiêu chí phụ");
  });

  test("a tie-break note about the neighbour below does not hide a real gap above", () => {
    const a: UnitSpec = { code: "A", name: "Đơn vị A", rank: 1, total: 310 };
    const b: UnitSpec = { code: "B", name: "Đơn vị B", rank: 2, total: 300, tieBreak: "Bằng tỷ lệ % với C; xếp trên do điểm trừ thấp hơn" };
    const g = gap(gapsOf([a, b, { ...b, code: "C", name: "C", rank: 3, tieBreak: null }]), "B");
    expect(g.above).toMatchObject({ equalPercent: false, points: 10 });
  });

  test("equal percent with different maxima is recognised despite rounding", () => {
    const a: UnitSpec = { code: "A", name: "Đơn vị A", rank: 1, total: 0.3 * 1000, max: 1000 };
    const b: UnitSpec = { code: "B", name: "Đơn vị B", rank: 2, total: (0.1 + 0.2) * 350, max: 350 };
    expect(gap(gapsOf([a, b]), "B").above?.equalPercent).toBe(true);
  });

  test("next grade band: threshold × max / 100 − total, reaching it is enough", () => {
    const me: UnitSpec = { code: "B", name: "Đơn vị B", rank: 1, max: 350, targets: [{ direction: "increase", plan: 100, actual: 85, points: 59.5 }], total: 310 };
    const g = gap(gapsOf([me]), "B");
    expect(g.nextGrade).toEqual({ grade: "excellent", threshold: 90, points: 0.9 * 350 - 310 });
    expect(g.lines[1].vi).toBe("Cần thêm 5,00 điểm để đạt mức Hoàn thành xuất sắc nhiệm vụ (90 % = 315,00 điểm).");
    expect(g.targetGoal).toBe("next-grade");
    expect(g.targets[0].actualNeeded).toBeCloseTo(((59.5 + 5) / 70) * 100, 9);
    expect(g.targets[0].line.vi).toContain("ít nhất");
  });

  test("a failing member is pointed at the pass band first", () => {
    const g = gap(gapsOf([{ code: "B", name: "B", rank: 1, total: 200 }]), "B");
    expect(g.nextGrade?.grade).toBe("pass");
    expect(g.nextGrade?.points).toBeCloseTo(0.7 * 350 - 200, 9);
  });

  test("Bằng 0 missed and Đạt not met: the only change is to 0 / đạt", () => {
    const top: UnitSpec = { code: "T", name: "Top", rank: 1, total: 340 };
    const me: UnitSpec = {
      code: "B",
      name: "B",
      rank: 2,
      targets: [
        { direction: "zero", plan: 0, actual: 2, points: 0 },
        { direction: "pass", plan: null, actual: 0, points: 0 },
        { direction: "increase", plan: 100, actual: 100, points: 70 },
      ],
      total: 280,
    };
    const g = gap(gapsOf([top, me]), "B");
    // Needs more than 60 points: one of these alone gives 70.
    expect(g.targets[0]).toMatchObject({ status: "reachable", actualNeeded: 0 });
    expect(g.targets[0].line.vi).toContain("chỉ có thể đưa về 0 (+70,00 điểm)");
    expect(g.targets[1]).toMatchObject({ status: "reachable", actualNeeded: 1 });
    expect(g.targets[1].line.vi).toContain("không đạt");
    expect(g.targets[2].status).toBe("insufficient");
  });

  test("a Bằng 0 change that would only tie is not enough to pass", () => {
    const top: UnitSpec = { code: "T", name: "Top", rank: 1, total: 350 };
    const me: UnitSpec = { code: "B", name: "B", rank: 2, targets: [{ direction: "zero", plan: 0, actual: 1, points: 0 }], total: 280 };
    expect(gap(gapsOf([top, me]), "B").targets[0].status).toBe("insufficient");
  });

  test("plan 0 on a Tăng target cannot be inverted", () => {
    const top: UnitSpec = { code: "T", name: "Top", rank: 1, total: 300 };
    const me: UnitSpec = { code: "B", name: "B", rank: 2, targets: [{ direction: "increase", plan: 0, actual: 5, points: 0 }], total: 290 };
    const t = gap(gapsOf([top, me]), "B").targets[0];
    expect(t.status).toBe("not-computable");
    expect(t.line.vi).toContain("kế hoạch trống hoặc bằng 0");
  });

  test("deductions beyond the points must be filled first (total clamped at 0)", () => {
    const top: UnitSpec = { code: "T", name: "Top", rank: 1, total: 10 };
    const me: UnitSpec = { code: "B", name: "B", rank: 2, targets: [{ direction: "increase", plan: 100, actual: 5, points: 3.5 }], deduction: 8.5 };
    const g = gap(gapsOf([top, me]), "B");
    expect(g.above?.points).toBeCloseTo(10, 9);
    expect(g.targets[0].extraPoints).toBeCloseTo(15, 9);
    expect(g.targets[0].actualNeeded).toBeCloseTo(((3.5 + 15) / 70) * 100, 9);
  });

  test("a member ranked last for a violation cannot pass by points; it aims at its grade instead", () => {
    const top: UnitSpec = { code: "T", name: "Top", rank: 1, total: 250 };
    const me: UnitSpec = { code: "B", name: "B", rank: 2, total: 300, violations: ["rank-last"], targets: [{ direction: "increase", plan: 100, actual: 100, points: 70 }] };
    const g = gap(gapsOf([top, me]), "B");
    expect(g.above?.blockedByRankLast).toBe(true);
    expect(g.lines[0].vi).toContain("Xếp cuối");
    expect(g.targetGoal).toBe("next-grade");
  });

  test("unranked members get no gap and are never the member above", () => {
    const out: UnitSpec = { code: "X", name: "Không tham gia", rank: null, participates: false, total: 0 };
    const gaps = gapsOf([CUC_THUE, CANG_VU, out]);
    expect([...gaps.keys()]).toEqual(["CT", "CV"]);
  });

  test("a blocked result gives no gaps", () => {
    const s = settings;
    expect(whatItTakes(blocInput([CUC_THUE], s), blocResult([unitResult(CUC_THUE, s)], s, true)).size).toBe(0);
  });

  test("a member without targets says there is nothing to work it out on", () => {
    const g = gap(gapsOf([{ code: "T", name: "Top", rank: 1, total: 300 }, { code: "B", name: "B", rank: 2, total: 290 }]), "B");
    expect(g.lines[2].vi).toContain("Để vượt Top chỉ bằng một chỉ tiêu (cần thêm hơn 10,00 điểm)");
    expect(g.lines[3].vi).toContain("không có chỉ tiêu");
  });
});
