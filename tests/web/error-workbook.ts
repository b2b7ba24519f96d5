import type ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../scripts/input-workbook";

/** Where the two errors of errorWorkbook() are, as the Kiểm tra sheet and the problem list must name them. */
export const ERROR_CELLS = { planZero: { sheet: "Chỉ tiêu", cell: "G2" }, divByZero: { sheet: "Chỉ tiêu", cell: "H3" } } as const;

/** Two members whose targets hold a plan of 0 on a Tăng target (G2) and a #DIV/0! actual (H3): errors that block the ranking. */
export function errorWorkbook(): ExcelJS.Workbook {
  const targets: (string | number)[][] = [
    ["Mã đơn vị", "Tiêu chí", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện"],
    ["CT", 1, 1, "Thu ngân sách", "tỷ đồng", "Tăng", 0, 9450],
    ["CT", 1, 2, "Tỷ lệ nợ đọng", "%", "Tăng", 5, 0],
    ...[3, 4, 5].map((n) => ["CT", 1, n, `Chỉ tiêu ${n}`, "%", "Tăng", 100, 100]),
    ...[1, 2, 3, 4, 5].map((n) => ["KB", 1, n, `Chỉ tiêu ${n}`, "%", "Tăng", 100, 100]),
  ];
  const workbook = buildInputWorkbook([
    { name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế tỉnh"], ["KB", "Kho bạc Nhà nước"]] },
    { name: "Chỉ tiêu", rows: targets },
  ]);
  const { sheet, cell } = ERROR_CELLS.divByZero;
  workbook.getWorksheet(sheet)!.getCell(cell).value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  return workbook;
}
