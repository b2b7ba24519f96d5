import { changeLines } from "../../src/ui/change-lines";
import type { Comparison } from "../../src/workbook/history/compare";
import { KB, amendedPair } from "./insights-fixtures";

test("each comparison line is split around the amended cell it names", () => {
  const comparison = amendedPair().second.extras.comparison!;
  const [line] = changeLines(comparison, "vi");
  expect(line.place).toEqual({ sheet: "Chỉ tiêu", cell: "F13" });
  expect(line.before).toBe(`${KB}, `);
  expect(`${line.before}Chỉ tiêu!F13${line.after}`).toBe(comparison.lines[0].vi);
});

test("a cell is matched as a whole address (H1 is not found inside H10) and lines without a cell keep their text", () => {
  const comparison: Comparison = {
    previousTime: "2025-03-05T09:00:00+07:00",
    currentTime: "2025-03-05T10:00:00+07:00",
    changes: [
      { sheet: "Chỉ tiêu", cell: "H1", before: 1, after: 2, memberCode: null },
      { sheet: "Chỉ tiêu", cell: "H10", before: 1, after: 2, memberCode: "CT" },
    ],
    effects: [],
    lines: [
      { vi: "Cục Thuế, Chỉ tiêu!H10: 1 → 2", en: "Tax, Chỉ tiêu!H10: 1 → 2" },
      { vi: "Cảng vụ: giữ hạng 2 (do thay đổi của đơn vị khác)", en: "Port: keeps rank 2" },
    ],
  };
  const [withCell, without] = changeLines(comparison, "en");
  expect(withCell.place?.cell).toBe("H10");
  expect(withCell.after).toBe(": 1 → 2");
  expect(without).toEqual({ before: "Port: keeps rank 2", place: null, after: "" });
});
