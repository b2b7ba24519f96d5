import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/workbook/grid";

export const KB = "Kho bạc Nhà nước CN Kiên Giang";

export function sheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, rows, originRow: 1, originCol: 1 };
}

/** domain.md's worked example as a plain grid; `kbSecondActual` is Chỉ tiêu!F13, `ctPlan` Chỉ tiêu!E2. */
export function workedExampleGrid(kbSecondActual: CellValue = 99.6, extra: SheetGrid[] = [], ctPlan: CellValue = 9000): WorkbookGrid {
  const t = (code: string, no: number, name: string, dir: string, plan: CellValue, actual: CellValue): CellValue[] => [code, no, name, dir, plan, actual];
  return {
    sheets: [
      sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["Khối", "Khối 17"]]),
      sheet("Đơn vị", [
        ["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"],
        ["CT", "Cục Thuế tỉnh", "Có", "Xuất sắc"],
        ["CV", "Cảng vụ Kiên Giang", "Có", "Xuất sắc"],
        ["KB", KB, "Có", "Tốt"],
      ]),
      sheet("Chỉ tiêu", [
        ["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"],
        t("CT", 1, "Thu ngân sách", "Tăng", ctPlan, 9450),
        t("CT", 2, "Nợ đọng", "Giảm", 5, 4),
        t("CT", 3, "Hồ sơ đúng hạn", "Tăng", 98, 99.5),
        t("CT", 4, "Kiểm tra", "Tăng", 400, 380),
        t("CT", 5, "Thu nợ", "Tăng", 100, 100),
        t("CV", 1, "Doanh thu", "Tăng", 12000, 10800),
        t("CV", 2, "Tàu ra vào", "Tăng", 25, 27.5),
        t("CV", 3, "Tai nạn hàng hải", "Bằng 0", 0, 0),
        t("CV", 4, "Kiểm tra tàu", "Tăng", 150, 165),
        t("CV", 5, "Thủ tục trực tuyến", "Tăng", 100, 100),
        t("KB", 1, "Giải ngân", "Tăng", 95, 97.85),
        t("KB", 2, "Kiểm soát chi", "Tăng", 100, kbSecondActual),
        t("KB", 3, "Dịch vụ công", "Tăng", 90, 100),
        t("KB", 4, "Tồn quỹ", "Giảm", 10, 12),
        t("KB", 5, "Thu NSNN", "Tăng", 12000, 12600),
      ]),
      sheet("Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 2]]),
      ...extra,
    ],
  };
}
