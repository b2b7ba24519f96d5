/**
 * The command line's words (npm run rank, npm run batch), in Vietnamese: the reference table for
 * cli-en.ts. Only the command line imports it (cli-words.ts), so no browser bundle carries it.
 */
export const cliVi = {
  help: `Chấm điểm và xếp hạng khối thi đua từ một sổ làm việc Excel.

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
`,
  batchHelp: `Xếp hạng cả tỉnh một lần: mọi sổ làm việc của một thư mục.

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
`,
  seeBatchHelp: "Xem hướng dẫn: npm run batch -- --help",
  unknownOption: (p: { option: string }) => `Không hiểu tùy chọn "${p.option}".`,
  optionNeedsValue: (p: { option: string }) => `Tùy chọn ${p.option} cần một giá trị.`,
  badLang: (p: { value: string }) => `--lang chỉ nhận "vi" hoặc "en", không nhận "${p.value}".`,
  missingInput: "Thiếu tệp đầu vào: cho biết tệp .xlsx cần xếp hạng.",
  oneInputOnly: (p: { count: number; inputs: string }) => `Chỉ nhận một tệp đầu vào, nhưng có ${p.count}: ${p.inputs}. Dùng --out để chọn tệp kết quả.`,
  outNotXlsx: (p: { out: string; suggestion: string }) =>
    `Tệp kết quả --out phải có đuôi .xlsx (hoặc .xlsm khi tệp đầu vào có macro: bản kết quả giữ nguyên macro), nhưng "${p.out}" thì không. Hãy đặt tên có đuôi .xlsx, ví dụ --out "${p.suggestion}".`,
  missingFolder: "Thiếu thư mục đầu vào: cho biết thư mục chứa các tệp .xlsx của các khối.",
  oneFolderOnly: (p: { count: number; inputs: string }) => `Chỉ nhận một thư mục đầu vào, nhưng có ${p.count}: ${p.inputs}.`,
  missingOutFolder: "Thiếu --out <thư mục>: nơi ghi các bản đã xếp hạng và tong-hop.xlsx.",
  folderNotFound: (p: { folder: string }) => `Không tìm thấy thư mục "${p.folder}". Kiểm tra lại đường dẫn.`,
  folderIsFile: (p: { folder: string }) => `"${p.folder}" là một tệp, không phải thư mục. Để xếp hạng một tệp, dùng: npm run rank -- "${p.folder}"`,
  /** The folder --out is suggested to be when it was the input folder. */
  rankedFolderName: "xep-hang",
  outIsInputFolder: (p: { folder: string; suggestion: string }) =>
    `--out là chính thư mục đầu vào (${p.folder}): các bản đã xếp hạng mang cùng tên tệp nên sẽ ghi đè tệp gốc. Chọn một thư mục khác, ví dụ --out "${p.suggestion}".`,
  outFolderIsFile: (p: { folder: string }) => `--out: "${p.folder}" là một tệp, không phải thư mục. Chọn một thư mục.`,
  folderUnwritable: (p: { folder: string; code: string }) =>
    `Không ghi được vào thư mục "${p.folder}" (${p.code}). Kiểm tra quyền ghi (hoặc chọn thư mục khác), rồi chạy lại.`,
  noWorkbooks: (p: { folder: string }) => `Thư mục "${p.folder}" không có sổ làm việc nào (.xlsx, .xlsm). Kiểm tra lại đường dẫn.`,
  copyRenamed: (p: { name: string; copy: string }) =>
    `${p.name}: bản đã xếp hạng ghi thành ${p.copy} (tên ${p.name} đã dùng cho một tệp kết quả khác, hoặc bản sao không còn macro nên phải là .xlsx).`,
  inputOpen: (p: { name: string }) =>
    `${p.name}: đang mở trong Excel (có tệp khóa ~$${p.name}): kết quả theo bản đã lưu trên đĩa; điều gì sửa mà chưa lưu thì chưa được tính.`,
  copyIsInput: (p: { path: string }) => `Không ghi "${p.path}": đó là tệp đầu vào (qua một liên kết). Tệp đầu vào không bao giờ bị ghi.`,
  outFolderMissing: (p: { what: string; folder: string }) =>
    `${p.what}: thư mục "${p.folder}" không tồn tại. Tạo thư mục đó trước (hoặc sửa lại đường dẫn), rồi chạy lại.`,
  outParentIsFile: (p: { what: string; folder: string }) => `${p.what}: "${p.folder}" là một tệp, không phải thư mục. Chọn một đường dẫn trong một thư mục.`,
  /** The file name suggested inside a folder given as --out. */
  resultFileName: "ket-qua.xlsx",
  outIsFolder: (p: { what: string; path: string; suggestion: string }) => `${p.what}: "${p.path}" là một thư mục. Cho biết tên tệp, ví dụ "${p.suggestion}".`,
  outReadOnly: (p: { what: string; path: string }) =>
    `${p.what}: tệp "${p.path}" chỉ cho đọc (read-only) nên chương trình không ghi đè. Bỏ thuộc tính chỉ đọc hoặc chọn tên khác, rồi chạy lại.`,
  outOpenInExcel: (p: { what: string; path: string; lock: string }) =>
    `${p.what}: tệp "${p.path}" đang mở trong Excel (có tệp khóa ${p.lock} bên cạnh). Đóng tệp trong Excel rồi chạy lại; nếu Excel đã đóng, tệp khóa còn sót lại sau một lần Excel bị tắt đột ngột: xóa ${p.lock} đi.`,
  outLocked: (p: { what: string; path: string; code: string }) =>
    `${p.what}: không ghi được tệp "${p.path}" (${p.code}): tệp đang bị khóa bởi một chương trình khác (Excel, trình xem trước, phần mềm đồng bộ) hoặc không có quyền ghi vào thư mục. Đóng tệp, kiểm tra quyền ghi rồi chạy lại.`,
  notPrevious: (p: { path: string }) =>
    `Tệp --previous "${p.path}" không phải sổ làm việc kết quả (.xlsx) hay tệp kết quả JSON (--json) của chương trình. Chọn tệp kết quả của lần tính trước.`,
  /** `json` is ", <path>" when a JSON was written too, else "". */
  notRanked: (p: { errors: number; warnings: number; out: string; json: string }) =>
    `Chưa xếp hạng được: ${p.errors} lỗi, ${p.warnings} cảnh báo. Sửa các ô nêu trên rồi chạy lại. Đã ghi trang Kiểm tra vào ${p.out}${p.json} (Xếp hạng và Chi tiết điểm giữ nguyên).`,
  ranked: (p: { ranked: number; warnings: number; out: string; json: string }) => `Đã xếp hạng ${p.ranked} đơn vị, ${p.warnings} cảnh báo. Kết quả: ${p.out}${p.json}.`,
  progress: { reading: "Đang đọc…", scoring: "Đang chấm điểm…", writing: "Đang ghi…" },
};
