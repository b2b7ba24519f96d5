import { DIRECTION_LABEL, GRADE_LABEL } from "../../../src/scoring/labels";
import type { Direction, Grade } from "../../../src/scoring/types";
import { DIRECTION_LABELS, GRADE_LABELS } from "../../../src/workbook/rendering/labels";
import { parseDirection } from "../../../src/workbook/reading/words";

const DIRECTIONS: Direction[] = ["increase", "decrease", "zero", "pass"];
const GRADES: Grade[] = ["excellent", "good", "pass", "fail"];

describe("labels shared by the messages and the sheets", () => {
  it("writes a direction cell as the messages' word, capitalised as an officer types it", () => {
    expect(DIRECTIONS.map((d) => DIRECTION_LABELS[d].vi)).toEqual(["Tăng", "Giảm", "Bằng 0", "Đạt"]);
    expect(DIRECTIONS.map((d) => DIRECTION_LABELS[d].en)).toEqual(["Increase", "Decrease", "Zero", "Pass/fail"]);
    for (const d of DIRECTIONS) expect(DIRECTION_LABELS[d].vi.toLocaleLowerCase("vi")).toBe(DIRECTION_LABEL[d].vi);
  });

  it("writes a direction the reader reads back as the same direction, in either language", () => {
    for (const d of DIRECTIONS) {
      expect(parseDirection(DIRECTION_LABELS[d].vi)).toBe(d);
      expect(parseDirection(DIRECTION_LABELS[d].en)).toBe(d);
    }
  });

  it("names each grade in a sheet exactly as the messages do", () => {
    for (const g of GRADES) expect(GRADE_LABELS[g]).toEqual(GRADE_LABEL[g]);
    expect(GRADE_LABELS.excellent.vi).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });
});
