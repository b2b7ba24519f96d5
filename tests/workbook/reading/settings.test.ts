import { DEFAULT_SETTINGS } from "../../../src/scoring/settings";
import { read, sheet, targets, theIssue, where } from "./grids";

const ONE_TARGET = targets([["CT", "Thu", null, null, 1, 1]]);

describe("Cấu hình", () => {
  it("uses the defaults without the sheet", () => {
    const { input } = read(ONE_TARGET);
    expect(input?.settings).toEqual(DEFAULT_SETTINGS);
    expect(input?.sheetNames.settings).toBeNull();
  });

  it("merges every setting over the defaults, by Vietnamese and English names and variants", () => {
    const settings = sheet("Cấu hình", [
      ["Tham số", "Giá trị"],
      ["Năm", 2018],
      ["Khối", "Khối 17"],
      ["Điểm mỗi chỉ tiêu", "80"],
      ["Thưởng tối đa mỗi chỉ tiêu", "8,5"],
      ["Bonus slope", 2],
      ["Cách tính chỉ tiêu giảm", "Tuyến tính"],
      ["Điểm cộng CCHC", 4],
      ["Điểm cộng xếp loại ngành", 3],
      ["Ngưỡng xuất sắc", "95%"],
      ["Ngưỡng tốt", 85],
      ["Ngưỡng hoàn thành", 75],
      ["SỐ CỜ THI ĐUA", 2],
      ["Số Bằng khen", 3],
    ]);
    const { input, issues } = read(settings, ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.settings).toEqual({
      year: 2018, bloc: "Khối 17", pointsPerTarget: 80, bonusCapPerTarget: 8.5, bonusSlope: 2, decreaseMethod: "linear",
      cchcBonus: 4, sectorBonus: 3, excellentThreshold: 95, goodThreshold: 85, passThreshold: 75, flagCount: 2, meritCount: 3,
    });
  });

  it("gives the default criterion the points per target of the settings", () => {
    const settings = sheet("Settings", [["Setting", "Value"], ["Points per target", 100]]);
    const { input } = read(settings, ONE_TARGET);
    expect(input?.criteria).toHaveLength(1);
    expect(input?.criteria[0]).toMatchObject({ code: "1", section: "I", method: "targets", targetCount: 5, standardPoints: 500 });
  });

  it("keeps the default for an empty value", () => {
    const { input, issues } = read(sheet("Cấu hình", [["Tham số", "Giá trị"], ["Số Bằng khen", null]]), ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.settings.meritCount).toBe(2);
  });

  it("reports an unknown setting on its name cell", () => {
    const settings = sheet("Cấu hình", [[], [null, "Tham số", "Giá trị"], [null, "Số cờ đỏ", 1]]);
    const { issues } = read(settings, ONE_TARGET);
    const issue = theIssue(issues, "setting-unknown");
    expect(where(issue)).toEqual({ severity: "error", sheet: "Cấu hình", cell: "B3", code: "setting-unknown" });
    expect(issue.message.vi).toContain("Số cờ đỏ");
  });

  it.each([
    ["Số Cờ thi đua", 1.5],
    ["Điểm mỗi chỉ tiêu", "bảy mươi"],
    ["Năm", "năm nay"],
    ["Ngưỡng tốt", -80],
    ["Cách tính chỉ tiêu giảm", "Bình phương"],
  ])("reports the unreadable value of %j (%j) on the value cell and keeps the default", (name, value) => {
    const { issues, input } = read(sheet("Cấu hình", [["Tham số", "Giá trị"], [name, value]]), ONE_TARGET);
    expect(where(theIssue(issues, "setting-invalid"))).toEqual({ severity: "error", sheet: "Cấu hình", cell: "B2", code: "setting-invalid" });
    expect(input?.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("reports a setting entered twice", () => {
    const { issues } = read(sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["năm", 2019]]), ONE_TARGET);
    expect(where(theIssue(issues, "setting-invalid"))).toMatchObject({ cell: "A3" });
  });

  it("reads a settings sheet typed without a header row", () => {
    const { input, issues } = read(sheet("Cấu hình", [["Năm", 2018], ["Số Bằng khen", 4]]), ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.settings).toMatchObject({ year: 2018, meritCount: 4 });
  });
});
