import { issueLines, rankingTable, summaryLine } from "../../src/cli/print-table";
import { bloc, issue, unit } from "../workbook/rendering/fixtures";

describe("rankingTable", () => {
  it("prints every member with Vietnamese numbers by default", () => {
    const lines = rankingTable(bloc(), "vi").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Hạng {2}Mã đơn vị {2}Tên đơn vị/);
    expect(lines).toHaveLength(2 + 3);
    expect(lines[2]).toContain("363,07");
    expect(lines[2]).toContain("103,73");
    expect(lines[2]).toContain("Cờ thi đua");
    expect(lines[4]).toContain("348,65");
  });

  it("prints English headers and numbers with --lang en", () => {
    const text = rankingTable(bloc(), "en");
    expect(text).toContain("Total");
    expect(text).toContain("363.07");
  });

  it("keeps the columns aligned with accented names in either Unicode form", () => {
    const result = bloc({ units: [unit({ name: "Cục Thuế tỉnh".normalize("NFD") }), unit({ code: "CV", name: "Cảng vụ", rank: 2 })] });
    const lines = rankingTable(result, "vi").split("\n");
    const totalAt = (line: string) => line.indexOf("363,07");
    expect(totalAt(lines[2])).toBe(totalAt(lines[3]));
  });

  it("leaves the award empty for a member tied across a quota line and shows its notes", () => {
    const text = rankingTable(bloc({ units: [unit({ award: null, needsVote: true, notes: [{ vi: "Cần bình xét: 1 Cờ thi đua cho 2 đơn vị đồng hạng", en: "x" }] })] }), "vi");
    expect(text).toMatch(/Xuất sắc +Cần bình xét/);
    expect(text).toContain("Cần bình xét: 1 Cờ thi đua cho 2 đơn vị đồng hạng");
  });
});

describe("issueLines", () => {
  it("prints errors first, each with severity, sheet!cell and message", () => {
    const text = issueLines(
      [issue({ severity: "warning", cell: "C4", message: { vi: "cảnh báo", en: "w" } }), issue({ severity: "error", cell: "H7", message: { vi: "kế hoạch bằng 0", en: "e" } })],
      "vi",
    );
    expect(text.split("\n")).toEqual(["Lỗi       'Chỉ tiêu'!H7  kế hoạch bằng 0", "Cảnh báo  'Chỉ tiêu'!C4  cảnh báo", ""]);
  });

  it("prints nothing when clean", () => {
    expect(issueLines([], "vi")).toBe("");
  });
});

describe("summaryLine", () => {
  it("says how many were ranked and where the result is", () => {
    expect(summaryLine(bloc({ issues: [issue()] }), { out: "out.xlsx", json: null }, "vi")).toBe("Đã xếp hạng 3 đơn vị, 1 cảnh báo. Kết quả: out.xlsx.\n");
  });

  it("says the ranking is blocked and the old one kept", () => {
    const line = summaryLine(bloc({ blocked: true, units: [], issues: [issue({ severity: "error" })] }), { out: "o.xlsx", json: "r.json" }, "en");
    expect(line).toContain("Not ranked: 1 error(s), 0 warning(s)");
    expect(line).toContain("o.xlsx, r.json");
  });
});
