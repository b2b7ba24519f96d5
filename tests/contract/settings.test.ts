import type { CellValue } from "../../src/workbook/grid";
import { errors, issuesOf, ranked, run, sheet, simpleBloc, unitOf, where } from "./contract-helpers";

/** A bloc of members with five Tăng targets of plan 100 each, plus a Cấu hình sheet. */
function withSettings(actuals: Record<string, number>, settings: CellValue[][], header: CellValue[] = ["Tham số", "Giá trị"], members?: CellValue[][]) {
  return run(simpleBloc(actuals, [sheet("Cấu hình", [header, ...settings])], members));
}

describe("Cấu hình: every setting changes the result (Vietnamese and English names)", () => {
  it.each([
    ["Năm", "Khối", ["Tham số", "Giá trị"]],
    ["Year", "Bloc", ["Setting", "Value"]],
  ])("%s and %s fill the JSON's year and bloc", (year, bloc, header) => {
    const calc = ranked(withSettings({ A: 100 }, [[year, 2024], [bloc, "Khối 5"]], header));
    expect(calc.json.year).toBe(2024);
    expect(calc.json.bloc).toBe("Khối 5");
  });

  it("without Cấu hình: year null, bloc empty, defaults used", () => {
    const calc = ranked(run(simpleBloc({ A: 110 })));
    expect(calc.json.year).toBeNull();
    expect(calc.json.bloc).toBe("");
    expect(unitOf(calc, "A").total).toBeCloseTo(5 * 77, 9);
    expect(unitOf(calc, "A").max).toBe(350);
  });

  it.each(["Điểm mỗi chỉ tiêu", "Points per target"])("%s = 100: points and maximum follow (5 × 100)", (name) => {
    const a = unitOf(ranked(withSettings({ A: 100 }, [[name, 100]])), "A");
    expect(a.total).toBeCloseTo(500, 9);
    expect(a.max).toBe(500);
    expect(a.percent).toBeCloseTo(100, 9);
  });

  it.each(["Thưởng tối đa mỗi chỉ tiêu", "Bonus cap per target"])("%s = 3: 110 %% scores 70 + 3", (name) => {
    expect(unitOf(ranked(withSettings({ A: 110 }, [[name, 3]])), "A").total).toBeCloseTo(5 * 73, 9);
  });

  it.each(["Hệ số thưởng", "Bonus slope"])("%s = 0,5: 110 %% scores 70 + 3,5", (name) => {
    expect(unitOf(ranked(withSettings({ A: 110 }, [[name, "0,5"]])), "A").total).toBeCloseTo(5 * 73.5, 9);
  });

  it.each([
    ["Cách tính chỉ tiêu giảm", "Nghịch đảo", (70 * 10) / 12],
    ["Cách tính chỉ tiêu giảm", "Tuyến tính", 56],
    ["Decrease method", "Inverse", (70 * 10) / 12],
  ])("%s = %s decides a Giảm target 10 → 12", (name, value, points) => {
    const calc = ranked(
      run([
        sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]]),
        sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"], ["A", "Hồ sơ trễ hạn", "Giảm", 10, 12]]),
        sheet("Cấu hình", [["Tham số", "Giá trị"], [name, value]]),
      ]),
    );
    expect(unitOf(calc, "A").sections.I).toBeCloseTo(points, 9);
  });

  it.each(["Điểm cộng CCHC", "CCHC bonus"])("%s = 10: an eligible member rated Xuất sắc gets +10", (name) => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"], ["A", "Đơn vị A", "Có", "Xuất sắc"]];
    const a = unitOf(ranked(withSettings({ A: 100 }, [[name, 10]], undefined, members)), "A");
    expect(a.bonus).toBe(10);
    expect(a.total).toBeCloseTo(360, 9);
  });

  it.each(["Điểm cộng xếp loại ngành", "Sector bonus"])("%s = 3: a member rated Tốt by its sector gets +3", (name) => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Xếp loại ngành"], ["A", "Đơn vị A", "Tốt"]];
    const a = unitOf(ranked(withSettings({ A: 100 }, [[name, 3]], undefined, members)), "A");
    expect(a.bonus).toBe(3);
    expect(a.total).toBeCloseTo(353, 9);
  });

  it.each([
    ["Ngưỡng xuất sắc", 101, "good"],
    ["Excellent threshold", 101, "good"],
    ["Ngưỡng xuất sắc", "100%", "excellent"],
  ])("%s = %s: a member at exactly 100 %% is %s", (name, value, grade) => {
    const calc = ranked(withSettings({ A: 100 }, [[name, value]]));
    expect(unitOf(calc, "A").grade).toBe(grade);
  });

  it("a threshold cell formatted as percent (0,95 shown as 95 %) is read as 95", () => {
    const calc = ranked(
      run(simpleBloc({ A: 92 }, [sheet("Cấu hình", [["Tham số", "Giá trị"], ["Ngưỡng xuất sắc", 0.95]], { numberFormats: [["General", "General"], ["General", "0%"]] })])),
    );
    expect(unitOf(calc, "A").grade).toBe("good");
    expect(errors(calc)).toEqual([]);
  });

  it("a threshold typed as a fraction (0,95) is read as 95 % with a warning at the value cell", () => {
    const calc = ranked(withSettings({ A: 92 }, [["Ngưỡng xuất sắc", "0,95"], ["Ngưỡng tốt", 0.9]]));
    expect(unitOf(calc, "A").grade).toBe("good");
    expect(where(issuesOf(calc, "percent-normalised"))).toEqual([
      ["warning", "percent-normalised", "Cấu hình", "B2"],
      ["warning", "percent-normalised", "Cấu hình", "B3"],
    ]);
  });

  it("grades at the thresholds: ≥ 90 excellent, ≥ 80 good, ≥ 70 pass, below fail (defaults)", () => {
    // 90 % of plan on every target → 63 × 5 = 315 = 90 % of 350 exactly.
    const calc = ranked(run(simpleBloc({ A: 90, B: 80, C: 70, D: 69.9 })));
    expect(["A", "B", "C", "D"].map((c) => unitOf(calc, c).grade)).toEqual(["excellent", "good", "pass", "fail"]);
  });

  it.each([
    [[["Ngưỡng tốt", 95]], "pass"],
    [[["Good threshold", 95]], "pass"],
  ] as Array<[CellValue[][], string]>)("%j: a member at 85 %% becomes %s", (settings, grade) => {
    expect(unitOf(ranked(withSettings({ A: 85 }, settings)), "A").grade).toBe(grade);
  });

  it.each(["Ngưỡng hoàn thành", "Pass threshold"])("%s = 75: a member at 72 %% fails (passes by default)", (name) => {
    expect(unitOf(ranked(withSettings({ A: 72 }, [])), "A").grade).toBe("pass");
    expect(unitOf(ranked(withSettings({ A: 72 }, [[name, 75]])), "A").grade).toBe("fail");
  });

  it.each([
    ["Số Cờ thi đua", "Số Bằng khen"],
    ["Flag count", "Merit count"],
  ])("%s = 2 and %s = 1: flag, flag, merit, none", (flags, merits) => {
    const calc = ranked(withSettings({ A: 104, B: 103, C: 102, D: 101 }, [[flags, 2], [merits, 1]]));
    expect(["A", "B", "C", "D"].map((c) => unitOf(calc, c).award)).toEqual(["flag", "flag", "merit", null]);
  });

  it.each([
    ["co_count", "bk_count"],
    ["Number of emulation flags", "Number of certificates of merit"],
  ])("domain.md's names %s / %s are settings too", (flags, merits) => {
    const calc = ranked(withSettings({ A: 104, B: 103, C: 102, D: 101 }, [[flags, 2], [merits, 1]]));
    expect(["A", "B", "C", "D"].map((c) => unitOf(calc, c).award)).toEqual(["flag", "flag", "merit", null]);
  });

  it("Số Cờ thi đua = 0: nobody gets the flag, the first two get Bằng khen", () => {
    const calc = ranked(withSettings({ A: 104, B: 103, C: 102 }, [["Số Cờ thi đua", 0]]));
    expect(["A", "B", "C"].map((c) => unitOf(calc, c).award)).toEqual(["merit", "merit", null]);
  });

  it("setting names are matched case-, accent- and space-insensitively (NFD, NBSP)", () => {
    const nfd = "Điểm mỗi chỉ tiêu".normalize("NFD").toUpperCase().replace(" ", "\u00a0 ");
    expect(unitOf(ranked(withSettings({ A: 100 }, [[nfd, 100]])), "A").max).toBe(500);
  });

  it("an unknown setting is an error naming its cell, and blocks the ranking", () => {
    const calc = withSettings({ A: 100 }, [["Năm", 2018], ["Số huy chương", 3]]);
    expect(where(issuesOf(calc, "setting-unknown"))).toEqual([["error", "setting-unknown", "Cấu hình", "A3"]]);
    expect(calc.result.blocked).toBe(true);
    expect(calc.json.units).toEqual([]);
  });

  it("an unreadable setting value is an error at the value cell", () => {
    const calc = withSettings({ A: 100 }, [["Số Cờ thi đua", "nhiều"]]);
    expect(where(errors(calc))).toEqual([["error", "setting-invalid", "Cấu hình", "B2"]]);
  });
});
