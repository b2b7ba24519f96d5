import type { Lang } from "../scoring/types";

const VI = `Chấm điểm và xếp hạng khối thi đua từ một sổ làm việc Excel.

Cách dùng:
  npm run rank -- <tệp.xlsx> [--out <kết-quả.xlsx>] [--json <kết-quả.json>] [--lang vi|en]
                 [--previous <kết-quả-trước.xlsx|.json>] [--explain <mã>]

  <tệp.xlsx>      sổ làm việc có các trang Đơn vị, Chỉ tiêu (và Tiêu chí, Chấm điểm, Cộng trừ,
                  Vi phạm, Cấu hình nếu có). Tệp này không bao giờ bị sửa.
  --out <tệp>     nơi ghi sổ làm việc kèm các trang Xếp hạng, Chi tiết điểm, Kiểm tra, rồi
                  Bảng tổng hợp, Đề nghị khen thưởng, Biểu đồ (để in cho cuộc họp) và
                  Lịch sử tính điểm (mặc định: <tên tệp>-xep-hang.xlsx cạnh tệp đầu vào).
                  Kết quả là tệp đầu vào cộng thêm các trang của chương trình (mọi thứ khác
                  giữ nguyên); tệp .xlsm giữ macro nên kết quả cũng là .xlsm.
  --json <tệp>    ghi thêm kết quả dạng JSON.
  --lang vi|en    ngôn ngữ của bảng và thông báo (mặc định vi).
  --previous <tệp>
                  so sánh với lần tính trước: với sổ làm việc kết quả lần trước (.xlsx), in từng
                  ô đã sửa (đơn vị, trang!ô, cũ → mới, ⇒ điểm thay đổi, hạng cũ → mới) và nối
                  tiếp lịch sử tính điểm của nó; với tệp JSON (--json lần trước) chỉ so sánh
                  điểm và hạng của từng đơn vị.
  --explain <mã>  in thêm chi tiết điểm của một đơn vị (từng tiêu chí, chỉ tiêu, điểm cộng,
                  điểm trừ, tiêu chí phụ, điểm tự chấm khác) và cần thêm bao nhiêu để lên hạng.
  --help, -h      hiện hướng dẫn này.

Mã thoát: 0 đã xếp hạng (có thể có cảnh báo) · 2 có lỗi nên chưa xếp hạng (trang Kiểm tra
nêu ô cần sửa; Xếp hạng cũ giữ nguyên) · 1 chương trình không chạy được (tham số sai, không đọc
hoặc ghi được tệp).
`;

const EN = `Scores and ranks an emulation bloc (khối thi đua) from an Excel workbook.

Usage:
  npm run rank -- <input.xlsx> [--out <output.xlsx>] [--json <result.json>] [--lang vi|en]
                 [--previous <earlier-output.xlsx|.json>] [--explain <code>]

  <input.xlsx>    workbook with the sheets Đơn vị, Chỉ tiêu (and Tiêu chí, Chấm điểm, Cộng trừ,
                  Vi phạm, Cấu hình when used). This file is never modified.
  --out <file>    where to write the workbook with the Xếp hạng, Chi tiết điểm and Kiểm tra sheets,
                  then Bảng tổng hợp, Đề nghị khen thưởng, Biểu đồ (to print for the meeting) and
                  Lịch sử tính điểm (default: <input name>-xep-hang.xlsx beside the input).
                  The output is the input with the program's sheets added (everything else
                  kept as it was); an .xlsm keeps its macros, so its output is an .xlsm too.
  --json <file>   also write the result as JSON.
  --lang vi|en    language of the table and the messages (default vi).
  --previous <file>
                  compare with an earlier calculation: with its output workbook (.xlsx), print each
                  amended cell (member, sheet!cell, old → new, ⇒ points change, rank old → new) and
                  carry its calculation history on; with its result JSON (--json), compare each
                  member's points and rank only.
  --explain <code>
                  also print one member's full breakdown (criteria, targets, bonuses, deductions,
                  tie-breaker, differing self-scores) and what it takes to move up.
  --help, -h      show this help.

Exit status: 0 ranked (warnings allowed) · 2 errors block the ranking (the Kiểm tra sheet names
the cells to fix; the previous Xếp hạng is kept) · 1 the program could not run (bad arguments,
a file that cannot be read or written).
`;

/** Both languages, the chosen one first: the officer may not know yet that --lang exists. */
export function helpText(lang: Lang): string {
  const help: Record<Lang, string> = { vi: `${VI}\n${EN}`, en: `${EN}\n${VI}` };
  return help[lang];
}

const BATCH_VI = `Xếp hạng cả tỉnh một lần: mọi sổ làm việc của một thư mục.

Cách dùng:
  npm run batch -- <thư-mục> --out <thư-mục-kết-quả> [--lang vi|en]

  <thư-mục>       thư mục chứa các sổ làm việc .xlsx (và .xlsm) của các khối. Chỉ lấy các tệp
                  ngay trong thư mục (không vào thư mục con); bỏ qua tệp khóa ~$… của Excel.
                  Tệp .xls cũ được liệt kê là không đọc được (cần lưu lại thành .xlsx).
                  Các tệp này không bao giờ bị sửa.
  --out <thư mục> nơi ghi một bản đã xếp hạng cho mỗi sổ làm việc (cùng tên tệp), cùng với
                  tong-hop.xlsx (mỗi tệp: khối, năm, rồi từng đơn vị với hạng, tổng điểm, tỷ lệ,
                  xếp loại, khen thưởng; tệp có lỗi hoặc không đọc được: các lỗi đầu tiên) và
                  tong-hop.json. Thư mục chưa có thì được tạo. Phải khác thư mục đầu vào.
  --lang vi|en    ngôn ngữ của tiêu đề và thông báo (mặc định vi).
  --help, -h      hiện hướng dẫn này.

Một tệp hỏng không làm dừng các tệp khác. Khi chạy trên cửa sổ dòng lệnh, tiến độ hiện ở
dòng cuối ([3/30] tên-tệp).

Mã thoát: 0 mọi tệp đã xếp hạng · 2 có tệp có lỗi (chưa xếp hạng) hoặc không đọc được
(xem tong-hop.xlsx) · 1 không chạy được (thư mục không có, không ghi được thư mục kết quả,
--out trùng thư mục đầu vào, hoặc một tệp kết quả không ghi được).
`;

const BATCH_EN = `Ranks a whole province at once: every workbook of a folder.

Usage:
  npm run batch -- <folder> --out <output-folder> [--lang vi|en]

  <folder>        folder holding the blocs' .xlsx (and .xlsm) workbooks. Only the files directly in
                  it are taken (no subfolders); Excel's ~$… lock files are skipped. An old .xls is
                  listed as unreadable (save it as .xlsx). These files are never modified.
  --out <folder>  where to write one ranked copy per workbook (same file name), plus tong-hop.xlsx
                  (per file: bloc, year, then each member's rank, total, percent, grade and award;
                  a blocked or unreadable file: its first problems) and tong-hop.json.
                  Created when missing. Must not be the input folder.
  --lang vi|en    language of the headers and messages (default vi).
  --help, -h      show this help.

One bad file never stops the others. On a terminal the progress is shown on the last line
([3/30] file-name).

Exit status: 0 every file ranked · 2 some file blocked by errors or unreadable (see
tong-hop.xlsx) · 1 the batch could not run (folder missing, output folder not writable, --out is
the input folder, or an output file could not be written).
`;

/** The batch's help, both languages, the chosen one first. */
export function batchHelpText(lang: Lang): string {
  const help: Record<Lang, string> = { vi: `${BATCH_VI}\n${BATCH_EN}`, en: `${BATCH_EN}\n${BATCH_VI}` };
  return help[lang];
}
