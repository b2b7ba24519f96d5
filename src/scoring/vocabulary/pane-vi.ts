/**
 * The task pane's own words, in Vietnamese: the reference table for pane-en.ts (same keys, checked by the
 * compiler). Words for concepts the sheets and the command line show too (grades, awards, severities,
 * totals…) are not repeated here: the pane takes them from vi.ts. Placeholders are written {name} and
 * filled by the pane's translator. Kept apart from vi.ts because this table alone is in the pane's first
 * download; the English tables come only when English is chosen (ui/pane-language.ts).
 */
export const paneVi = {
  /** Locale for the times the pane shows (not a word: how the browser writes a time). */
  locale: "vi-VN",
  appTitle: "Xếp hạng khối thi đua",
  recalc: "Tính lại",
  recalcRunning: "Đang tính…",
  /** Shown on the static first screen (ui/first-screen) while the program has not taken over. */
  loadingSlow: "Chương trình đang tải lâu hơn thường lệ; các nút đã bấm sẽ được thực hiện khi tải xong. Nếu vẫn chờ mãi: đóng ngăn này rồi mở lại.",
  loadingFailed: "Không tải được chương trình (mạng hoặc máy chủ add-in không trả lời). Hãy đóng ngăn này rồi mở lại; nếu vẫn vậy, báo người quản trị add-in.",
  recalcHint: "Đọc các trang nhập liệu, chấm điểm và ghi các trang Xếp hạng, Chi tiết điểm, Kiểm tra",
  languageLabel: "Ngôn ngữ",
  languageVi: "Tiếng Việt",
  languageEn: "English",
  autoRecalc: "Tự động tính lại",
  autoRecalcHint: "Tính lại khoảng 1 giây sau lần sửa cuối cùng trên các trang nhập liệu",
  autoRecalcUnsupported: "Phiên bản Excel này không báo sự kiện thay đổi ô (cần ExcelApi 1.7): hãy bấm Tính lại sau khi sửa.",
  phaseReading: "Đang đọc các trang nhập liệu…",
  phaseScoring: "Đang chấm điểm…",
  phaseWriting: "Đang ghi các trang kết quả…",
  phaseDone: "Đã xong",
  phaseStarting: "Đang bắt đầu…",
  progressLabel: "Tiến trình tính điểm",
  summary: "{ranked} đơn vị xếp hạng · {errors} lỗi · {warnings} cảnh báo · {seconds} giây",
  summaryAt: "Tính lúc {time}",
  emptyTitle: "Chưa tính xếp hạng",
  emptyBody:
    "Bấm Tính lại để đọc các trang Đơn vị, Chỉ tiêu (và Tiêu chí, Chấm điểm, Cộng trừ, Vi phạm, Cấu hình nếu có), chấm điểm và ghi kết quả. Chưa có dữ liệu? Bấm Tạo mẫu để chèn dữ liệu mẫu Khối 17.",
  blockedTitle: "Chưa xếp hạng được: còn {errors} lỗi",
  blockedBody:
    "Kết quả lần này không được ghi: giữ nguyên xếp hạng trước trên trang Xếp hạng. Sửa các ô được nêu dưới đây (chi tiết trên trang Kiểm tra) rồi bấm Tính lại.",
  previousKept: "Xếp hạng trước (được giữ nguyên)",
  failedTitle: "Không tính được",
  failedWhatToDo:
    "Bấm Tính lại để thử lần nữa. Nếu vẫn lỗi: lưu tệp, đóng và mở lại Excel, hoặc chạy dòng lệnh npm run rank -- tệp.xlsx.",
  failedUnknown: "Lỗi không xác định: {detail}",
  rankingCaption: "Bảng xếp hạng",
  colRankFull: "Hạng và thay đổi hạng so với lần tính trước",
  colTotalFull: "Tổng điểm và tỷ lệ (%)",
  colGrade: "XL",
  colAward: "KT",
  changeUp: "Tăng {n} hạng",
  changeDown: "Giảm {n} hạng",
  changeSame: "Giữ hạng",
  changeNew: "Mới xếp hạng",
  showDetail: "Xem chi tiết {name}",
  problemsTitle: "Lỗi và cảnh báo ({n})",
  problemsNone: "Không có lỗi hay cảnh báo.",
  problemSelect: "{severity} tại {place}: {message}. Bấm để chọn ô.",
  problemsMore: "Còn {n} mục nữa: xem trang Kiểm tra.",
  selectFailed: "Không chọn được ô {place}: trang tính hoặc ô không còn tồn tại.",
  sample: "Tạo mẫu",
  sampleHint: "Chèn các trang nhập liệu với dữ liệu mẫu Khối 17, Kiên Giang 2018",
  sampleRunning: "Đang tạo mẫu…",
  sampleInserted: "Đã chèn dữ liệu mẫu Khối 17.",
  sampleConfirmTitle: "Ghi đè các trang tính hiện có?",
  sampleConfirmBody: "Tệp đã có các trang: {sheets}. Tạo mẫu sẽ thay nội dung các trang này bằng dữ liệu mẫu Khối 17. Không thể hoàn tác.",
  sampleOverwrite: "Ghi đè",
  cancel: "Hủy",
  sampleFailed: "Không tạo được mẫu: {detail}",
  officeTimeoutTitle: "Không tải được Office",
  officeTimeoutBody:
    "Thư viện office.js không tải được hoặc sau 10 giây vẫn chưa sẵn sàng, thường do tường lửa hoặc proxy chặn. Hãy kiểm tra: máy có truy cập được địa chỉ của add-in không; nếu cơ quan dùng bản office.js nội bộ, bản đó có đúng đường dẫn không. Trong lúc chờ, có thể xếp hạng bằng dòng lệnh: npm run rank -- tệp.xlsx",
  retry: "Thử lại",
  close: "Đóng",
  writeNotesTitle: "Lưu ý về các trang đã ghi",
};

/**
 * The wording that changes when the pane works on a file opened in the browser (the standalone page):
 * there is no Excel to restart, no cell to select, and the result goes to a downloaded copy.
 */
export const paneFileVi = {
  recalcHint: "Đọc lại tệp đang mở, chấm điểm và chuẩn bị tệp tải xuống có các trang Xếp hạng, Chi tiết điểm, Kiểm tra",
  emptyBody:
    "Mở một tệp Excel có các trang Đơn vị, Chỉ tiêu (và Tiêu chí, Chấm điểm, Cộng trừ, Vi phạm, Cấu hình nếu có): tệp được xếp hạng ngay khi mở. Chưa có tệp? Bấm Tạo mẫu để xếp hạng tệp mẫu Khối 17.",
  blockedBody:
    "Tệp tải xuống chỉ có thêm trang Kiểm tra. Sửa các ô được nêu dưới đây trong Excel, lưu tệp rồi mở lại tệp ở đây.",
  failedWhatToDo:
    "Bấm Tính lại để thử lần nữa. Nếu vẫn lỗi: mở tệp bằng Excel, lưu lại dạng .xlsx rồi mở lại ở đây, hoặc chạy dòng lệnh npm run rank -- tệp.xlsx.",
  problemsMore: "Còn {n} mục nữa: xem trang Kiểm tra trong tệp tải xuống.",
  sampleHint: "Mở tệp mẫu Khối 17, Kiên Giang 2018 thay cho tệp đang mở (tệp của bạn không bị thay đổi)",
  sampleRunning: "Đang mở mẫu…",
  loadingSlow: "Trang đang tải lâu hơn thường lệ; tệp đã chọn và nút đã bấm sẽ được thực hiện khi tải xong. Nếu vẫn chờ mãi: tải lại trang.",
  loadingFailed: "Không tải được chương trình (mạng hoặc máy chủ không trả lời). Hãy tải lại trang.",
  sampleInserted: "Đã mở tệp mẫu Khối 17.",
  sampleFailed: "Không mở được tệp mẫu: {detail}",
} satisfies Partial<Record<keyof typeof paneVi, string>>;
