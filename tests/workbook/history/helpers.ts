import type { Calculation } from "../../../src/workbook/calculate";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/workbook/grid";
import { toResultJson } from "../../../src/workbook/rendering/result-json";
import type { RenderedSheet } from "../../../src/workbook/rendering/output-types";
import type { BlocResult } from "../../../src/scoring/types";
import { blocResult, unitResult, type UnitSpec } from "../meeting/fixtures";

export function sheet(name: string, rows: CellValue[][], originRow = 1, originCol = 1): SheetGrid {
  return { name, rows, originRow, originCol };
}

const EMPTY_CHECKS: RenderedSheet = {
  name: "Kiểm tra",
  values: [["Không có lỗi"]],
  numberFormats: [["@"]],
  headerRow: 0,
  tableName: "KiemTra",
  columnWidths: [20],
  freezeRows: 1,
  print: { landscape: true, fitToWidth: true, printTitleRows: 1 },
  titleRows: [],
  wrapColumns: [],
};

export function calculation(result: BlocResult): Calculation {
  return { result, outputs: { ranking: null, breakdown: null, checks: EMPTY_CHECKS }, json: toResultJson(result, "vi") };
}

/** Units with totals given directly (rank order as listed). */
export function rankedCalculation(units: { code: string; name: string; rank: number | null; total: number }[]): Calculation {
  return calculation(blocResult(units.map((u) => unitResult(u as UnitSpec))));
}

/** Đơn vị + Chỉ tiêu sheets of three members; `actualKB2` is Kho bạc's second actual (row 6, column E). */
export function inputGrid(actualKB2: CellValue = 99.6, extra: SheetGrid[] = []): WorkbookGrid {
  return {
    sheets: [
      sheet("Đơn vị", [
        ["Mã đơn vị", "Tên đơn vị"],
        ["CT", "Cục Thuế tỉnh"],
        ["CV", "Cảng vụ Kiên Giang"],
        ["KB", "Kho bạc Nhà nước CN Kiên Giang"],
      ]),
      sheet("Chỉ tiêu", [
        ["BẢNG ĐĂNG KÝ CHỈ TIÊU", null, null, null, null],
        ["Mã đơn vị", "STT", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["CT", 1, "Thu ngân sách", 9000, 9450],
        ["CV", 1, "Doanh thu", 12000, 10800],
        ["KB", 1, "Giải ngân", 95, 97.85],
        ["KB", 2, "Kiểm soát chi", 100, actualKB2],
      ]),
      ...extra,
    ],
  };
}
