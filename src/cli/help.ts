import type { Lang } from "../scoring/types";

const VI = `Chấm điểm và xếp hạng khối thi đua từ một sổ làm việc Excel.

Cách dùng:
  npm run rank -- <tệp.xlsx> [--out <kết-quả.xlsx>] [--json <kết-quả.json>] [--lang vi|en]

  <tệp.xlsx>      sổ làm việc có các trang Đơn vị, Chỉ tiêu (và Tiêu chí, Chấm điểm, Cộng trừ,
                  Vi phạm, Cấu hình nếu có). Tệp này không bao giờ bị sửa.
  --out <tệp>     nơi ghi sổ làm việc kèm các trang Xếp hạng, Chi tiết điểm, Kiểm tra
                  (mặc định: <tên tệp>-xep-hang.xlsx cạnh tệp đầu vào).
  --json <tệp>    ghi thêm kết quả dạng JSON.
  --lang vi|en    ngôn ngữ của bảng và thông báo (mặc định vi).
  --help, -h      hiện hướng dẫn này.

Mã thoát: 0 đã xếp hạng (có thể có cảnh báo) · 2 có lỗi nên chưa xếp hạng (trang Kiểm tra
nêu ô cần sửa; Xếp hạng cũ giữ nguyên) · 1 chương trình không chạy được (tham số sai, không đọc
hoặc ghi được tệp).
`;

const EN = `Scores and ranks an emulation bloc (khối thi đua) from an Excel workbook.

Usage:
  npm run rank -- <input.xlsx> [--out <output.xlsx>] [--json <result.json>] [--lang vi|en]

  <input.xlsx>    workbook with the sheets Đơn vị, Chỉ tiêu (and Tiêu chí, Chấm điểm, Cộng trừ,
                  Vi phạm, Cấu hình when used). This file is never modified.
  --out <file>    where to write the workbook with the Xếp hạng, Chi tiết điểm and Kiểm tra sheets
                  (default: <input name>-xep-hang.xlsx beside the input).
  --json <file>   also write the result as JSON.
  --lang vi|en    language of the table and the messages (default vi).
  --help, -h      show this help.

Exit status: 0 ranked (warnings allowed) · 2 errors block the ranking (the Kiểm tra sheet names
the cells to fix; the previous Xếp hạng is kept) · 1 the program could not run (bad arguments,
a file that cannot be read or written).
`;

/** Both languages, the chosen one first: the officer may not know yet that --lang exists. */
export function helpText(lang: Lang): string {
  return lang === "en" ? `${EN}\n${VI}` : `${VI}\n${EN}`;
}
