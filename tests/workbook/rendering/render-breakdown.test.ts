import { renderBreakdown } from "../../../src/workbook/rendering/render-breakdown";
import { adjustment, bloc, criterion, NOW, target, unit } from "./fixtures";
import { columnFormats, columnValues, headers } from "./sheet-helpers";

const vi = { lang: "vi" as const, now: NOW };

describe("renderBreakdown", () => {
  it("has the contract's columns", () => {
    expect(headers(renderBreakdown(bloc(), vi))).toEqual([
      "Mã đơn vị", "Tên đơn vị", "Nội dung", "Tiêu chí", "Chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện",
      "Tỷ lệ (%)", "Điểm cơ bản", "Điểm thưởng", "Điểm", "Cách tính",
    ]);
  });

  it("writes one row per target with its numbers and explanation", () => {
    const targets = [
      target({ name: "Thu ngân sách", unit: "tỷ đồng" }),
      target({ name: "Nợ xấu", unit: null, direction: "decrease", plan: 5, actual: 4, ratio: 1.25, base: 70, bonus: 7, points: 77, explanation: { vi: "5/4 = 125,0 % → 70 + 7,00", en: "x" } }),
    ];
    const sheet = renderBreakdown(bloc({ units: [unit({ criteria: [criterion({ targets })], adjustments: [] })] }), vi);
    expect(columnValues(sheet, "Chỉ tiêu")).toEqual(["Thu ngân sách (tỷ đồng)", "Nợ xấu"]);
    expect(columnValues(sheet, "Chiều")).toEqual(["Tăng", "Giảm"]);
    expect(columnValues(sheet, "Kế hoạch")).toEqual([9000, 5]);
    expect(columnValues(sheet, "Thực hiện")).toEqual([9450, 4]);
    expect(columnValues(sheet, "Tỷ lệ (%)")).toEqual([105, 125]);
    expect(columnValues(sheet, "Điểm cơ bản")).toEqual([70, 70]);
    expect(columnValues(sheet, "Điểm thưởng")).toEqual([3.5, 7]);
    expect(columnValues(sheet, "Điểm")).toEqual([73.5, 77]);
    expect(columnValues(sheet, "Cách tính")[1]).toBe("5/4 = 125,0 % → 70 + 7,00");
    expect(columnValues(sheet, "Tiêu chí")).toEqual(["1. Thực hiện các chỉ tiêu", "1. Thực hiện các chỉ tiêu"]);
    expect(columnValues(sheet, "Nội dung")).toEqual(["I", "I"]);
    expect(columnFormats(sheet, "Điểm")).toEqual(["0.00", "0.00"]);
    expect(columnFormats(sheet, "Tỷ lệ (%)")).toEqual(["0.00", "0.00"]);
  });

  it("leaves the ratio empty when it cannot be computed", () => {
    const targets = [target({ ratio: null, base: 0, bonus: 0, points: 0 })];
    const sheet = renderBreakdown(bloc({ units: [unit({ criteria: [criterion({ targets })], adjustments: [] })] }), vi);
    expect(columnValues(sheet, "Tỷ lệ (%)")).toEqual([null]);
    expect(columnFormats(sheet, "Tỷ lệ (%)")).toEqual(["General"]);
  });

  it("writes one row for a directly scored criterion and for a targets criterion without targets", () => {
    const direct = criterion({
      criterionCode: "7", section: "II", name: "Công tác thi đua", method: "direct", targets: [], points: 18, base: 18, bonus: 0,
      scoreUsed: "agreed", explanation: { vi: "Điểm thống nhất 18", en: "Agreed score 18" },
    });
    const empty = criterion({ targets: [], points: 0, base: 0, bonus: 0, explanation: { vi: "Chưa có chỉ tiêu", en: "No target" } });
    const sheet = renderBreakdown(bloc({ units: [unit({ criteria: [empty, direct], adjustments: [] })] }), vi);
    expect(columnValues(sheet, "Tiêu chí")).toEqual(["1. Thực hiện các chỉ tiêu", "7. Công tác thi đua"]);
    expect(columnValues(sheet, "Điểm")).toEqual([0, 18]);
    expect(columnValues(sheet, "Chỉ tiêu")).toEqual([null, null]);
    expect(columnValues(sheet, "Cách tính")).toEqual(["Chưa có chỉ tiêu", "Điểm thống nhất 18"]);
  });

  it("adds bonus and deduction lines, deductions negative so the Điểm column adds up", () => {
    const adjustments = [
      adjustment(),
      adjustment({ kind: "deduction", reason: { vi: "Nộp báo cáo chậm", en: "Late report" }, count: 2, pointsEach: 1, points: 2 }),
    ];
    const sheet = renderBreakdown(bloc({ units: [unit({ adjustments })] }), vi);
    expect(columnValues(sheet, "Nội dung").slice(1)).toEqual(["Điểm cộng", "Điểm trừ"]);
    expect(columnValues(sheet, "Tiêu chí").slice(1)).toEqual(["CCHC xuất sắc", "Nộp báo cáo chậm"]);
    expect(columnValues(sheet, "Điểm").slice(1)).toEqual([5, -2]);
    expect(columnValues(sheet, "Cách tính").slice(1)).toEqual(["1 × 5,00 = 5,00", "2 × 1,00 = 2,00"]);
  });

  it("lists members in rank order, each member's rows together", () => {
    const sheet = renderBreakdown(bloc(), vi);
    expect(columnValues(sheet, "Mã đơn vị")).toEqual(["CT", "CT", "CV", "CV", "KB", "KB"]);
  });

  it("writes English labels when asked", () => {
    const sheet = renderBreakdown(bloc(), { lang: "en", now: NOW });
    expect(headers(sheet)[12]).toBe("How computed");
    expect(columnValues(sheet, "Direction")[0]).toBe("Increase");
    expect(columnValues(sheet, "How computed")[0]).toBe("9,450/9,000 = 105.0 % → 70 + 3.50");
    expect(columnValues(sheet, "How computed")[1]).toBe("1 × 5.00 = 5.00");
  });

  it("keeps formula-like target names as text", () => {
    const sheet = renderBreakdown(bloc({ units: [unit({ criteria: [criterion({ targets: [target({ name: "+10% doanh thu", unit: null })] })] })] }), vi);
    expect(columnValues(sheet, "Chỉ tiêu")[0]).toBe("+10% doanh thu");
    expect(columnFormats(sheet, "Chỉ tiêu")[0]).toBe("@");
  });
});
