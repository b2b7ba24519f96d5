import { isProgramSheet, HISTORY_DATA_SHEET } from "../../../src/workbook/history/history-names";

describe("isProgramSheet", () => {
  it("recognises every sheet the program writes, in either language and any spelling", () => {
    for (const name of ["Xếp hạng", "RANKING", "Chi tiết điểm", "Kiểm tra", "Bảng tổng hợp", "Đề nghị khen thưởng", "Biểu đồ", "chart", "Lịch sử tính điểm", HISTORY_DATA_SHEET, "bieu  do"]) {
      expect([name, isProgramSheet(name)]).toEqual([name, true]);
    }
  });

  it("never claims an input sheet", () => {
    for (const name of ["Đơn vị", "Chỉ tiêu", "Tiêu chí", "Chấm điểm", "Cộng trừ", "Vi phạm", "Cấu hình", "Members", "Targets"]) {
      expect([name, isProgramSheet(name)]).toEqual([name, false]);
    }
  });
});
