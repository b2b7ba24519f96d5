import { renderAwardProposalSheet } from "../../../src/workbook/meeting/render-meeting-awards";
import { ranked, run, simpleBloc } from "../../contract/contract-helpers";

const now = new Date(2025, 2, 5, 14, 7);

/** Every text of the paper, top to bottom, left to right. */
function texts(sheet: NonNullable<ReturnType<typeof renderAwardProposalSheet>>): string[] {
  return sheet.values.flat().filter((v): v is string => typeof v === "string");
}

describe("award proposal paper: awards left open by a tie across a quota line", () => {
  it("proposes nobody for them and lists them, with the tied members, under 'Chưa xác định — khối bình xét'", () => {
    const { result } = ranked(run(simpleBloc({ A: 105, B: 103, C: 103, D: 103, E: 102 })));
    const sheet = renderAwardProposalSheet(result, { lang: "vi", now })!;
    const all = texts(sheet);
    expect(all).toContain("Cờ thi đua");
    expect(all).not.toContain("Bằng khen");
    const at = all.indexOf("Chưa xác định — khối bình xét:");
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]).toBe("– 2 Bằng khen cho 3 đơn vị đồng hạng 2: Đơn vị B (B), Đơn vị C (C), Đơn vị D (D).");
    // The proposed members are A only: its row is the table's only one.
    const proposedRows = sheet.values.slice(sheet.headerRow + 1, (sheet.tableEndRow ?? 0) + 1);
    expect(proposedRows.map((row) => row.some((v) => typeof v === "string" && v.includes("Đơn vị A")))).toEqual([true]);
  });

  it("when every award is open, says so in the table instead of 'no member qualifies'", () => {
    const { result } = ranked(run(simpleBloc({ A: 104, B: 104 }), "en"));
    const sheet = renderAwardProposalSheet(result, { lang: "en", now })!;
    const all = texts(sheet);
    expect(all).toContain("No member is proposed yet: the awards are for the bloc to vote on (see below).");
    expect(all).not.toContain("No member qualifies for an award proposal.");
    expect(all).toContain("– 1 emulation flag and 1 certificate of merit for 2 members tied at rank 1: Đơn vị A (A), Đơn vị B (B).");
  });

  it("has no such section without a tie across a quota line", () => {
    const { result } = ranked(run(simpleBloc({ A: 105, B: 103, C: 103 })));
    expect(texts(renderAwardProposalSheet(result, { lang: "vi", now })!).some((t) => t.startsWith("Chưa xác định"))).toBe(false);
  });
});
