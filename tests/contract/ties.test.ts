import type { CellValue } from "../../src/workbook/grid";
import { errors, issuesOf, order, ranked, run, sheet, simpleBloc, unitOf } from "./contract-helpers";

const ADJ_HEADER: CellValue[] = ["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"];

function ranks(calc: ReturnType<typeof run>): Array<[string, number | null, boolean]> {
  return calc.json.units.map((u) => [u.code, u.rank, u.tied]);
}

describe("ties: exact comparison, competition ranking", () => {
  it("members with the same points entered in a different order tie (same rank, tied=true, đồng hạng)", () => {
    const calc = ranked(run(simpleBloc({ A: [99.5, 100.3, 97.85, 101.1, 100], B: [101.1, 100, 99.5, 97.85, 100.3] })));
    expect(unitOf(calc, "A").total).toBe(unitOf(calc, "B").total);
    expect(ranks(calc)).toEqual([["A", 1, true], ["B", 1, true]]);
    for (const code of ["A", "B"]) expect(unitOf(calc, code).notes.join(" ")).toMatch(/đồng hạng/i);
  });

  it("a formula's binary noise (0,1 + 0,2 = 0,30000000000000004) does not break a tie with the typed 0,3", () => {
    // Excel keeps 15 significant digits and shows 0,3 for both cells: the officer sees equal numbers.
    const formula = 0.1 + 0.2;
    expect(formula).not.toBe(0.3);
    const rows = ["A", "B"].flatMap((code) => [1, 2, 3, 4, 5].map((n) => [code, `Chỉ tiêu ${n}`, 0.28, code === "A" ? 0.3 : formula]));
    const calc = ranked(
      run([
        sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"]]),
        sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ...rows]),
      ]),
    );
    expect(ranks(calc)).toEqual([["A", 1, true], ["B", 1, true]]);
  });

  it("gives competition ranks 1, 2, 2, 4", () => {
    const calc = ranked(run(simpleBloc({ A: 104, B: 103, C: 103, D: 101 })));
    expect(ranks(calc)).toEqual([["A", 1, false], ["B", 2, true], ["C", 2, true], ["D", 4, false]]);
  });

  it("does not tie 362,004 and 361,996 although both print as 362,00", () => {
    // Cộng lines of 0,004 / −0,004 on equal target points.
    const calc = ranked(
      run(simpleBloc({ A: 100, B: 100 }, [sheet("Cộng trừ", [ADJ_HEADER, ["A", "Trừ", "Lẻ", 1, "0,004"], ["B", "Cộng", "Lẻ", 1, "0,004"]])])),
    );
    expect(ranks(calc)).toEqual([["B", 1, false], ["A", 2, false]]);
  });

  it("breaks an equal percent by higher Nội dung I points first", () => {
    const calc = ranked(
      run([
        sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"]]),
        sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm"], ["1", "I", 100, "Chấm điểm"], ["2", "II", 100, "Chấm điểm"]]),
        sheet("Chấm điểm", [["Mã đơn vị", "Tiêu chí", "Điểm tự chấm"], ["A", 1, 50], ["A", 2, 50], ["B", 1, 60], ["B", 2, 40]]),
      ]),
    );
    expect(unitOf(calc, "A").total).toBe(unitOf(calc, "B").total);
    expect(ranks(calc)).toEqual([["B", 1, false], ["A", 2, false]]);
  });

  it("then by higher base points (target bonuses excluded)", () => {
    // A: 77 + 70 + 70 + 70 + 63 = 350 with base 343; B: 5 × 70 = 350 with base 350.
    const calc = ranked(run(simpleBloc({ A: [110, 100, 100, 100, 90], B: 100 })));
    expect(unitOf(calc, "A").total).toBe(unitOf(calc, "B").total);
    expect(ranks(calc)).toEqual([["B", 1, false], ["A", 2, false]]);
  });

  it("then by lower deductions", () => {
    const calc = ranked(
      run(simpleBloc({ A: 100, B: 100 }, [sheet("Cộng trừ", [ADJ_HEADER, ["A", "Cộng", "Sáng kiến", 1, 2], ["A", "Trừ", "Báo cáo chậm", 1, 2]])])),
    );
    expect(unitOf(calc, "A").total).toBe(unitOf(calc, "B").total);
    expect(ranks(calc)).toEqual([["B", 1, false], ["A", 2, false]]);
  });

  it("a tie across the flag boundary gets no automatic choice: both tied members say cần bình xét", () => {
    const calc = ranked(run(simpleBloc({ A: 100, B: 104, C: 104 })));
    expect(ranks(calc)).toEqual([["B", 1, true], ["C", 1, true], ["A", 3, false]]);
    for (const code of ["B", "C"]) expect(unitOf(calc, code).notes.join(" ")).toMatch(/cần bình xét/i);
    expect(unitOf(calc, "A").notes.join(" ")).not.toMatch(/cần bình xét/i);
    expect(issuesOf(calc, "tie-needs-vote").length).toBeGreaterThan(0);
    expect(errors(calc)).toEqual([]);
  });

  it("a tie across the last Bằng khen place says cần bình xét, a tie inside the quota does not", () => {
    const across = ranked(run(simpleBloc({ A: 104, B: 103, C: 102, D: 102 })));
    expect(ranks(across).map((r) => r[1])).toEqual([1, 2, 3, 3]);
    expect(unitOf(across, "A").award).toBe("flag");
    expect(unitOf(across, "B").award).toBe("merit");
    for (const code of ["C", "D"]) expect(unitOf(across, code).notes.join(" ")).toMatch(/cần bình xét/i);

    const inside = ranked(run(simpleBloc({ A: 104, B: 103, C: 103, D: 102 })));
    expect(["A", "B", "C", "D"].map((c) => unitOf(inside, c).award)).toEqual(["flag", "merit", "merit", null]);
    for (const code of ["B", "C"]) {
      expect(unitOf(inside, code).notes.join(" ")).toMatch(/đồng hạng/i);
      expect(unitOf(inside, code).notes.join(" ")).not.toMatch(/cần bình xét/i);
    }
  });

  it("the English notes say tied / vote when --lang en", () => {
    const calc = ranked(run(simpleBloc({ B: 104, C: 104 }), "en"));
    const notes = unitOf(calc, "B").notes.join(" ");
    expect(notes).toMatch(/tie/i);
    expect(notes).toMatch(/vote/i);
    expect(notes).not.toMatch(/đồng hạng|bình xét/i);
  });

  it("lists tied members in Đơn vị order, never by name or code", () => {
    const calc = ranked(run(simpleBloc({ Z: 100, A: 100 })));
    expect(order(calc)).toEqual(["Z", "A"]);
  });
});
