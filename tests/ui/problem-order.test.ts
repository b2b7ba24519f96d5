import type { Issue } from "../../src/scoring/types";
import { sortProblems } from "../../src/ui/problems";

const issue = (severity: Issue["severity"], sheet: string, cell: string): Issue => ({
  severity,
  sheet,
  cell,
  code: "value-error",
  message: { vi: `${sheet}!${cell}`, en: `${sheet}!${cell}` },
});

describe("the pane's problem list order", () => {
  it("matches the Kiểm tra sheet: errors first, then by sheet as met, row and column (H10 after H9)", () => {
    const found = [
      issue("error", "Chỉ tiêu", "H10"),
      issue("warning", "Đơn vị", "A2"),
      issue("error", "Chỉ tiêu", "G2"),
      issue("error", "Chỉ tiêu", "H9"),
      issue("error", "Đơn vị", "B3"),
    ];
    expect(sortProblems(found).map((i) => `${i.severity} ${i.sheet}!${i.cell}`)).toEqual([
      "error Chỉ tiêu!G2",
      "error Chỉ tiêu!H9",
      "error Chỉ tiêu!H10",
      "error Đơn vị!B3",
      "warning Đơn vị!A2",
    ]);
  });
});
