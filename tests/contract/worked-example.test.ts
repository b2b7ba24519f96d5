import { order, ranked, run, unitOf, workedExample } from "./contract-helpers";

// domain.md's worked example, computed here from its own formula so the test states the rule, not a number.
const CT_TARGETS = 73.5 + 77 + (70 * 99.5) / 98 + 66.5 + 70;
const CV_TARGETS = 63 + 77 + 70 + 77 + 70;
const KB_TARGETS = 72.1 + 69.72 + 77 + (70 * 10) / 12 + 73.5;

describe("domain.md worked example (default settings)", () => {
  const calc = ranked(run(workedExample()));

  it("gives the bloc and the year of Cấu hình", () => {
    expect(calc.json.bloc).toBe("Khối 17");
    expect(calc.json.year).toBe(2018);
  });

  it("scores Cục Thuế 363,0714… (358,0714… + CCHC 5), 103,73 %", () => {
    const ct = unitOf(calc, "CT");
    expect(ct.sections.I).toBeCloseTo(CT_TARGETS, 9);
    expect(ct.sections.I).toBeCloseTo(358.0714285714, 9);
    expect(ct.bonus).toBe(5);
    expect(ct.deduction).toBe(0);
    expect(ct.total).toBeCloseTo(363.0714285714, 9);
    expect(ct.max).toBe(350);
    expect(ct.percent).toBeCloseTo(((CT_TARGETS + 5) / 350) * 100, 9);
    expect(ct.percent).toBeCloseTo(103.7346938776, 9);
  });

  it("scores Cảng vụ 362 exactly (Bằng 0 with 0 gives full points)", () => {
    const cv = unitOf(calc, "CV");
    expect(cv.sections.I).toBeCloseTo(CV_TARGETS, 9);
    expect(cv.total).toBeCloseTo(362, 9);
    expect(cv.percent).toBeCloseTo((362 / 350) * 100, 9);
  });

  it("scores Kho bạc 348,6533… (CCHC Tốt gives nothing, one late report −2), 99,62 %", () => {
    const kb = unitOf(calc, "KB");
    expect(kb.sections.I).toBeCloseTo(KB_TARGETS, 9);
    expect(kb.bonus).toBe(0);
    expect(kb.deduction).toBe(2);
    expect(kb.total).toBeCloseTo(KB_TARGETS - 2, 9);
    expect(kb.total).toBeCloseTo(348.6533333333, 9);
    expect(kb.percent).toBeCloseTo(((KB_TARGETS - 2) / 350) * 100, 9);
    expect(kb.percent.toFixed(2)).toBe("99.62");
  });

  it("keeps numbers unrounded in the JSON", () => {
    expect(unitOf(calc, "CT").total).not.toBe(Number(unitOf(calc, "CT").total.toFixed(2)));
  });

  it("ranks Cục Thuế, Cảng vụ, Kho bạc: all excellent, flag / merit / merit, no ties, no notes", () => {
    expect(order(calc)).toEqual(["CT", "CV", "KB"]);
    expect(calc.json.units.map((u) => [u.rank, u.tied, u.grade, u.award])).toEqual([
      [1, false, "excellent", "flag"],
      [2, false, "excellent", "merit"],
      [3, false, "excellent", "merit"],
    ]);
    expect(calc.json.units.map((u) => u.name)).toEqual(["Cục Thuế tỉnh", "Cảng vụ Kiên Giang", "Kho bạc Nhà nước CN Kiên Giang"]);
    expect(calc.json.units.every((u) => u.notes.length === 0)).toBe(true);
  });

  it("has no errors and exactly the JSON fields of the contract", () => {
    expect(calc.json.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(Object.keys(calc.json).sort()).toEqual(["bloc", "issues", "units", "year"]);
    expect(Object.keys(calc.json.units[0]).sort()).toEqual(
      ["award", "bonus", "code", "deduction", "grade", "max", "name", "needsVote", "notes", "percent", "rank", "sections", "tied", "total"].sort(),
    );
  });
});

describe("worked example with the linear Giảm variant (Cấu hình)", () => {
  it.each([
    ["Cách tính chỉ tiêu giảm", "Tuyến tính"],
    ["cach tinh chi tieu giam", "tuyen tinh"],
    ["Decrease method", "Linear"],
  ])("%s = %s: Kho bạc's 4th target scores 56, total 346,32", (name, value) => {
    const calc = ranked(run(workedExample([[name, value]])));
    const kb = unitOf(calc, "KB");
    expect(kb.total).toBeCloseTo(72.1 + 69.72 + 77 + 56 + 73.5 - 2, 9);
    expect(kb.total).toBeCloseTo(346.32, 9);
    // Cục Thuế's Giảm target 5→4 is 120 % either way (capped at +7): unchanged.
    expect(unitOf(calc, "CT").total).toBeCloseTo(CT_TARGETS + 5, 9);
  });
});
