import { rankingTable } from "../../src/cli/print-table";
import { ranked, run, simpleBloc } from "../contract/contract-helpers";

describe("command line table: awards left open by a tie across a quota line", () => {
  const { result } = ranked(run(simpleBloc({ A: 104, B: 104, C: 102 })));

  it("prints them on a line after the table, and no award beside the tied members", () => {
    const text = rankingTable(result, "vi");
    const lines = text.trimEnd().split("\n");
    expect(lines[lines.length - 1]).toBe("Chưa xác định — khối bình xét: 1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng 1: Đơn vị A (A), Đơn vị B (B)");
    const rowOf = (code: string) => lines.find((l) => l.includes(` ${code} `) && l.includes(`Đơn vị ${code}`))!;
    // Between the grade and the notes, the award column is blank.
    expect(rowOf("A")).toMatch(/Xuất sắc +Đồng hạng/);
    expect(rowOf("C")).toContain("Bằng khen");
  });

  it("wraps the line to a narrow terminal", () => {
    const lines = rankingTable(result, "en", 60).trimEnd().split("\n");
    const at = lines.findIndex((l) => l.startsWith("Not yet decided — the bloc votes:"));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at).join(" ")).toBe("Not yet decided — the bloc votes: 1 emulation flag and 1 certificate of merit for 2 members tied at rank 1: Đơn vị A (A), Đơn vị B (B)");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });

  it("prints nothing after the table without such a tie", () => {
    const plain = ranked(run(simpleBloc({ A: 104, B: 103 }))).result;
    expect(rankingTable(plain, "vi")).not.toContain("Chưa xác định");
  });
});
