import type { CellValue } from "../../src/workbook/grid";
import { errors, order, ranked, run, sheet, simpleBloc, unitOf } from "./contract-helpers";

const ADJ_HEADER: CellValue[] = ["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"];
const VIOLATION_HEADER: CellValue[] = ["Mã đơn vị", "Nội dung", "Hình thức"];

/** Four members A > B > C > D, all graded excellent (104 … 101 % of plan). */
const FOUR = { A: 104, B: 103, C: 102, D: 101 };

function awards(calc: ReturnType<typeof run>): Array<[string, number | null, string | null]> {
  return calc.json.units.map((u) => [u.code, u.rank, u.award]);
}

describe("Cộng trừ", () => {
  it("multiplies Điểm mỗi lần by Số lần (default 1) and keeps deductions positive", () => {
    const calc = ranked(
      run(simpleBloc({ A: 100 }, [sheet("Cộng trừ", [ADJ_HEADER, ["A", "Trừ", "Báo cáo chậm", 3, "0,5"], ["A", "Cộng", "Sáng kiến", 2, 1], ["A", "Trừ", "Vắng họp", null, 2]])])),
    );
    const a = unitOf(calc, "A");
    expect(a.deduction).toBeCloseTo(3.5, 12);
    expect(a.bonus).toBe(2);
    expect(a.total).toBeCloseTo(350 + 2 - 3.5, 12);
    expect(a.percent).toBeCloseTo(((350 - 1.5) / 350) * 100, 12);
  });

  it("never lets the total fall below 0", () => {
    const calc = ranked(run(simpleBloc({ A: 100 }, [sheet("Cộng trừ", [ADJ_HEADER, ["A", "Trừ", "Không ký giao ước", 1, 500]])])));
    expect(unitOf(calc, "A").total).toBe(0);
    expect(unitOf(calc, "A").grade).toBe("fail");
  });

  it("reads English sheet and columns (Adjustments: Kind, Reason, Count, Points each)", () => {
    const calc = ranked(run(simpleBloc({ A: 100 }, [sheet("Adjustments", [["Code", "Kind", "Reason", "Count", "Points each"], ["A", "Trừ", "Late report", 2, 1]])])));
    expect(unitOf(calc, "A").deduction).toBe(2);
  });

  it("a line for a code not in Đơn vị is an error at its code cell", () => {
    const calc = run(simpleBloc({ A: 100 }, [sheet("Cộng trừ", [ADJ_HEADER, ["ZZ", "Trừ", "Báo cáo chậm", 1, 1]])]));
    expect(errors(calc).map((i) => [i.code, i.sheet, i.cell])).toEqual([["member-unknown", "Cộng trừ", "A2"]]);
  });
});

describe("Vi phạm", () => {
  it("Không xét Cờ: the flag passes to the next member, the excluded one can still get a Bằng khen", () => {
    const calc = ranked(run(simpleBloc(FOUR, [sheet("Vi phạm", [VIOLATION_HEADER, ["A", "Vi phạm quy chế", "Không xét Cờ"]])])));
    expect(awards(calc)).toEqual([["A", 1, "merit"], ["B", 2, "flag"], ["C", 3, "merit"], ["D", 4, null]]);
    expect(unitOf(calc, "A").notes.length).toBeGreaterThan(0);
  });

  it("Không khen thưởng: no award at all, the others move up", () => {
    const calc = ranked(run(simpleBloc(FOUR, [sheet("Vi phạm", [VIOLATION_HEADER, ["A", "Để xảy ra sai phạm", "Không khen thưởng"]])])));
    expect(awards(calc)).toEqual([["A", 1, null], ["B", 2, "flag"], ["C", 3, "merit"], ["D", 4, "merit"]]);
    expect(unitOf(calc, "A").notes.length).toBeGreaterThan(0);
  });

  it("Xếp cuối: ranked below every other member, keeping its points and grade", () => {
    const before = unitOf(ranked(run(simpleBloc(FOUR))), "A");
    const calc = ranked(run(simpleBloc(FOUR, [sheet("Vi phạm", [VIOLATION_HEADER, ["A", "Vi phạm nghiêm trọng", "Xếp cuối"]])])));
    expect(order(calc)).toEqual(["B", "C", "D", "A"]);
    expect(calc.json.units.map((u) => u.rank)).toEqual([1, 2, 3, 4]);
    const a = unitOf(calc, "A");
    expect([a.total, a.percent, a.grade]).toEqual([before.total, before.percent, before.grade]);
    expect(a.award).toBeNull();
    expect(unitOf(calc, "B").award).toBe("flag");
    expect(a.notes.length).toBeGreaterThan(0);
  });

  it("reads English sheet and effect words (Violations)", () => {
    const calc = ranked(run(simpleBloc(FOUR, [sheet("Violations", [["Code", "Description", "Effect"], ["A", "Breach", "No flag"]])])));
    expect(unitOf(calc, "B").award).toBe("flag");
  });
});

describe("award proposals follow the grades", () => {
  it("no Cờ thi đua without an excellent grade; Bằng khen needs at least good", () => {
    // 85 % good, 84 % good, 75 % pass: no flag, two merits, nothing for the pass.
    const calc = ranked(run(simpleBloc({ A: 85, B: 84, C: 75 })));
    expect(awards(calc)).toEqual([["A", 1, "merit"], ["B", 2, "merit"], ["C", 3, null]]);
  });

  it("an excluded top member leaves the flag unawarded when nobody else is excellent", () => {
    const calc = ranked(run(simpleBloc({ A: 104, B: 85, C: 84 }, [sheet("Vi phạm", [VIOLATION_HEADER, ["A", "Vi phạm", "Không xét Cờ"]])])));
    expect(unitOf(calc, "A").grade).toBe("excellent");
    expect(awards(calc)).toEqual([["A", 1, "merit"], ["B", 2, "merit"], ["C", 3, null]]);
  });
});

describe("Tham gia = Không", () => {
  it("lists the member unranked, after the ranked ones, with no award", () => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Tham gia"], ["A", "Đơn vị A", "Không"], ["B", "Đơn vị B", "Có"], ["C", "Đơn vị C", null]];
    const calc = ranked(run(simpleBloc({ A: 110, B: 100, C: 95 }, [], members)));
    expect(order(calc)).toEqual(["B", "C", "A"]);
    expect(calc.json.units.map((u) => u.rank)).toEqual([1, 2, null]);
    expect(unitOf(calc, "A").award).toBeNull();
    expect(unitOf(calc, "B").award).toBe("flag");
    expect(unitOf(calc, "A").tied).toBe(false);
  });

  it("still grades the non-participant from its percent (grade is always one of the four)", () => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Tham gia"], ["A", "Đơn vị A", "Không"], ["B", "Đơn vị B", "Có"], ["F", "Đơn vị F", "Không"]];
    const calc = ranked(run(simpleBloc({ A: 110, B: 75, F: 50 }, [], members)));
    expect(calc.json.units.map((u) => [u.code, u.rank, u.grade, u.award, u.notes])).toEqual([
      ["B", 1, "pass", null, []],
      ["A", null, "excellent", null, ["Không tham gia"]],
      ["F", null, "fail", null, ["Không tham gia"]],
    ]);
  });

  it("a non-participant without any target does not block the ranking", () => {
    const calc = run([
      sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Tham gia"], ["A", "Đơn vị A", "Có"], ["N", "Đơn vị mới", "Không"]]),
      sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ...[1, 2, 3, 4, 5].map((i) => ["A", `Chỉ tiêu ${i}`, 100, 100])]),
    ]);
    expect(errors(calc)).toEqual([]);
    expect(order(calc)).toEqual(["A", "N"]);
  });
});

describe("CCHC and sector bonuses", () => {
  it.each(["Xuất sắc", "XS", "xuat sac", "Hoàn thành xuất sắc", "XUẤT SẮC".normalize("NFD"), "Excellent"])("an eligible member rated %j gets the CCHC bonus", (rating) => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"], ["A", "Đơn vị A", "Có", rating]];
    expect(unitOf(ranked(run(simpleBloc({ A: 100 }, [], members))), "A").bonus).toBe(5);
  });

  it.each([
    ["Không", "Xuất sắc"],
    [null, "Xuất sắc"],
    ["Có", "Tốt"],
    ["Có", null],
  ])("eligible %j with rating %j gets no CCHC bonus", (eligible, rating) => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"], ["A", "Đơn vị A", eligible, rating]];
    const calc = ranked(run(simpleBloc({ A: 100 }, [], members)));
    expect(unitOf(calc, "A").bonus).toBe(0);
    expect(unitOf(calc, "A").total).toBe(350);
  });

  it.each([
    ["Tốt", 5],
    ["Xuất sắc", 5],
    ["tot", 5],
    ["Khá", 0],
    ["Trung bình", 0],
    [null, 0],
  ])("sector rating %j gives a bonus of %d", (rating, bonus) => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Xếp loại ngành"], ["A", "Đơn vị A", rating]];
    expect(unitOf(ranked(run(simpleBloc({ A: 100 }, [], members))), "A").bonus).toBe(bonus);
  });

  it("CCHC and sector bonuses add up with Cộng lines in the bonus field", () => {
    const members = [["Code", "Name", "CCHC bonus eligible", "CCHC rating", "Sector rating"], ["A", "Unit A", "Yes", "Xuất sắc", "Tốt"]];
    const calc = ranked(run(simpleBloc({ A: 100 }, [sheet("Cộng trừ", [ADJ_HEADER, ["A", "Cộng", "Sáng kiến", 1, 1]])], members)));
    expect(unitOf(calc, "A").bonus).toBe(11);
    expect(unitOf(calc, "A").total).toBe(361);
  });
});

describe("words officers type in the closed columns", () => {
  function oneMember(column: string, value: CellValue) {
    return run(simpleBloc({ A: 100 }, [], [["Mã đơn vị", "Tên đơn vị", column], ["A", "Đơn vị A", value]]));
  }

  it.each([
    ["Tham gia", "Không tham gia", null],
    ["Tham gia", "Có tham gia", 1],
    ["Tham gia", false, null],
    ["Participates", "No", null],
  ] as Array<[string, CellValue, number | null]>)("%s %j gives rank %j", (column, value, rank) => {
    const calc = oneMember(column, value);
    expect(errors(calc)).toEqual([]);
    expect(unitOf(calc, "A").rank).toBe(rank);
  });

  it.each(["Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ", "Không", "Chưa xếp loại"])(
    "sector rating %j is read (below Tốt: no bonus), not refused",
    (rating) => {
      const calc = oneMember("Xếp loại ngành", rating);
      expect(errors(calc)).toEqual([]);
      expect(unitOf(calc, "A").bonus).toBe(0);
    },
  );

  it("an unknown rating word is an error naming its cell", () => {
    const calc = oneMember("Xếp loại CCHC", "Tuyệt vời");
    expect(errors(calc).map((i) => [i.code, i.sheet, i.cell])).toEqual([["value-invalid", "Đơn vị", "C2"]]);
  });
});
