import { leadingCells, leadingColumns, MEETING_FORMAT, percentCell } from "../../../src/workbook/meeting/render-meeting-columns";
import { CUC_THUE, unitResult } from "./fixtures";

describe("the columns every meeting document shares", () => {
  it("opens with the running number and a wrapped member column of the width asked for, narrowing to its minimum", () => {
    expect(leadingColumns("vi", 26, 18)).toEqual([
      { header: "STT", format: MEETING_FORMAT.integer, width: 5, min: 4 },
      { header: "Đơn vị", format: MEETING_FORMAT.text, width: 26, min: 18, wrap: true },
    ]);
    expect(leadingColumns("vi", 26)[1].min).toBe(26);
    expect(leadingColumns("en", 32).map((c) => [c.header, c.width])).toEqual([
      ["No.", 5],
      ["Member", 32],
    ]);
  });

  it("numbers rows from 1 and names the member", () => {
    const unit = unitResult(CUC_THUE);
    expect(leadingCells(unit, 0)).toEqual([1, unit.name]);
    expect(leadingCells(unit, 4)[0]).toBe(5);
  });

  it("leaves the percent cell empty when a member has no maximum to divide by", () => {
    const unit = unitResult(CUC_THUE);
    expect(percentCell(unit)).toBe(unit.percent);
    expect(percentCell({ ...unit, percent: Number.NaN })).toBeNull();
  });
});
