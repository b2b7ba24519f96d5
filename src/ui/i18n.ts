import type { Lang } from "../scoring/types";
import type { CalculationHost } from "../workbook/host/host";
import { capitalised } from "../scoring/vocabulary/words";
import { en as EN_WORDS } from "../scoring/vocabulary/en";
import { vi as VI_WORDS } from "../scoring/vocabulary/vi";
import { interpolate } from "./interpolate";

/**
 * Every string the task pane shows. Vietnamese is the reference dictionary: its keys type the English
 * one, so a missing translation is a compile error. Placeholders are written {name} and filled by t().
 * Words for concepts the sheets and the command line show too (grades, awards, severities, totals…)
 * come from the shared vocabulary (scoring/vocabulary), so the pane never names them differently.
 */
const vi = {
  appTitle: "Xếp hạng khối thi đua",
  recalc: "Tính lại",
  recalcRunning: "Đang tính…",
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
  colRank: VI_WORDS.rank,
  colRankFull: "Hạng và thay đổi hạng so với lần tính trước",
  colUnit: VI_WORDS.unit,
  colTotal: "Điểm",
  colTotalFull: "Tổng điểm và tỷ lệ (%)",
  colGrade: "XL",
  colGradeFull: VI_WORDS.gradeColumn,
  colAward: "KT",
  colAwardFull: VI_WORDS.awardColumn,
  gradeExcellent: VI_WORDS.grade.excellent,
  gradeGood: VI_WORDS.grade.good,
  gradePass: VI_WORDS.grade.pass,
  gradeFail: VI_WORDS.grade.fail,
  gradeExcellentShort: VI_WORDS.gradeAbbrev.excellent,
  gradeGoodShort: VI_WORDS.gradeAbbrev.good,
  gradePassShort: VI_WORDS.gradeAbbrev.pass,
  gradeFailShort: VI_WORDS.gradeAbbrev.fail,
  awardFlag: VI_WORDS.award.flag,
  awardMerit: VI_WORDS.award.merit,
  awardFlagShort: VI_WORDS.awardShort.flag,
  awardMeritShort: VI_WORDS.awardShort.merit,
  awardNone: VI_WORDS.awardNone,
  unranked: capitalised(VI_WORDS.unranked),
  tied: VI_WORDS.tied,
  needsVote: VI_WORDS.needsVote,
  openAwards: VI_WORDS.openAwards,
  changeUp: "Tăng {n} hạng",
  changeDown: "Giảm {n} hạng",
  changeSame: "Giữ hạng",
  changeNew: "Mới xếp hạng",
  showDetail: "Xem chi tiết {name}",
  detailSection: VI_WORDS.section({ section: "{section}" }),
  detailBonus: VI_WORDS.bonus,
  detailDeduction: VI_WORDS.deduction,
  detailTotal: VI_WORDS.total,
  detailMax: VI_WORDS.max,
  detailPercent: VI_WORDS.percent,
  detailGrade: VI_WORDS.gradeColumn,
  detailAward: "Khen thưởng",
  detailNotes: VI_WORDS.notes,
  detailTieBreak: "Phân hạng",
  problemsTitle: "Lỗi và cảnh báo ({n})",
  problemsNone: "Không có lỗi hay cảnh báo.",
  severityError: VI_WORDS.severity.error,
  severityWarning: VI_WORDS.severity.warning,
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
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  appTitle: "Emulation bloc ranking",
  recalc: "Recalculate",
  recalcRunning: "Calculating…",
  recalcHint: "Read the input sheets, score, and write the Ranking, Breakdown and Checks sheets",
  languageLabel: "Language",
  languageVi: "Tiếng Việt",
  languageEn: "English",
  autoRecalc: "Recalculate automatically",
  autoRecalcHint: "Recalculate about 1 second after the last edit to an input sheet",
  autoRecalcUnsupported: "This version of Excel does not report cell changes (needs ExcelApi 1.7): click Recalculate after editing.",
  phaseReading: "Reading the input sheets…",
  phaseScoring: "Scoring…",
  phaseWriting: "Writing the result sheets…",
  phaseDone: "Done",
  phaseStarting: "Starting…",
  progressLabel: "Calculation progress",
  summary: "{ranked} units ranked · {errors} errors · {warnings} warnings · {seconds} s",
  summaryAt: "Calculated at {time}",
  emptyTitle: "No ranking yet",
  emptyBody:
    "Click Recalculate to read the Members and Targets sheets (and Criteria, Scores, Adjustments, Violations, Settings when present), score them and write the result. No data yet? Click Insert sample to add the Khối 17 sample data.",
  blockedTitle: "Cannot rank: {errors} errors left",
  blockedBody:
    "Nothing was written this time: the previous ranking on the Ranking sheet was kept. Fix the cells listed below (details on the Checks sheet), then click Recalculate.",
  previousKept: "Previous ranking (kept)",
  failedTitle: "The calculation failed",
  failedWhatToDo:
    "Click Recalculate to try again. If it still fails: save the file, close and reopen Excel, or run the command line npm run rank -- file.xlsx.",
  failedUnknown: "Unexpected error: {detail}",
  rankingCaption: "Ranking",
  colRank: EN_WORDS.rank,
  colRankFull: "Rank and change since the previous calculation",
  colUnit: EN_WORDS.unit,
  colTotal: "Points",
  colTotalFull: "Total points and percent",
  colGrade: "Gr.",
  colGradeFull: EN_WORDS.gradeColumn,
  colAward: "Aw.",
  colAwardFull: EN_WORDS.awardColumn,
  gradeExcellent: EN_WORDS.grade.excellent,
  gradeGood: EN_WORDS.grade.good,
  gradePass: EN_WORDS.grade.pass,
  gradeFail: EN_WORDS.grade.fail,
  gradeExcellentShort: EN_WORDS.gradeAbbrev.excellent,
  gradeGoodShort: EN_WORDS.gradeAbbrev.good,
  gradePassShort: EN_WORDS.gradeAbbrev.pass,
  gradeFailShort: EN_WORDS.gradeAbbrev.fail,
  awardFlag: EN_WORDS.award.flag,
  awardMerit: EN_WORDS.award.merit,
  awardFlagShort: EN_WORDS.awardShort.flag,
  awardMeritShort: EN_WORDS.awardShort.merit,
  awardNone: EN_WORDS.awardNone,
  unranked: capitalised(EN_WORDS.unranked),
  tied: EN_WORDS.tied,
  needsVote: EN_WORDS.needsVote,
  openAwards: EN_WORDS.openAwards,
  changeUp: "Up {n} places",
  changeDown: "Down {n} places",
  changeSame: "Same rank",
  changeNew: "Newly ranked",
  showDetail: "Show details of {name}",
  detailSection: EN_WORDS.section({ section: "{section}" }),
  detailBonus: EN_WORDS.bonus,
  detailDeduction: EN_WORDS.deduction,
  detailTotal: EN_WORDS.total,
  detailMax: EN_WORDS.max,
  detailPercent: EN_WORDS.percent,
  detailGrade: EN_WORDS.gradeColumn,
  detailAward: "Award",
  detailNotes: EN_WORDS.notes,
  detailTieBreak: "Placing",
  problemsTitle: "Errors and warnings ({n})",
  problemsNone: "No errors or warnings.",
  severityError: EN_WORDS.severity.error,
  severityWarning: EN_WORDS.severity.warning,
  problemSelect: "{severity} at {place}: {message}. Press to select the cell.",
  problemsMore: "{n} more: see the Checks sheet.",
  selectFailed: "Could not select {place}: the sheet or cell no longer exists.",
  sample: "Insert sample",
  sampleHint: "Insert the input sheets with the Khối 17 (Kiên Giang 2018) sample data",
  sampleRunning: "Inserting sample…",
  sampleInserted: "The Khối 17 sample data was inserted.",
  sampleConfirmTitle: "Overwrite existing sheets?",
  sampleConfirmBody: "The workbook already has: {sheets}. Inserting the sample replaces their content with the Khối 17 sample data. This cannot be undone.",
  sampleOverwrite: "Overwrite",
  cancel: "Cancel",
  sampleFailed: "Could not insert the sample: {detail}",
  officeTimeoutTitle: "Office did not load",
  officeTimeoutBody:
    "office.js did not load, or was still not ready after 10 seconds, usually because a firewall or proxy blocks it. Check that this computer can reach the add-in's address, and, if your organisation uses an intranet copy of office.js, that its path is right. Meanwhile you can rank with the command line: npm run rank -- file.xlsx",
  retry: "Retry",
  close: "Close",
  writeNotesTitle: "About the sheets written",
};

export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type HostKind = CalculationHost["kind"];

/**
 * The wording that changes when the App works on a file opened in the browser (the standalone page): there
 * is no Excel to restart, no cell to select, and the result goes to a downloaded copy, not to the sheets.
 */
const viFile = {
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
  sampleInserted: "Đã mở tệp mẫu Khối 17.",
  sampleFailed: "Không mở được tệp mẫu: {detail}",
} as const satisfies Partial<Record<MessageKey, string>>;

const enFile: Record<keyof typeof viFile, string> = {
  recalcHint: "Read the open file again, score it, and prepare the download with the Ranking, Breakdown and Checks sheets",
  emptyBody:
    "Open an Excel file with the Members and Targets sheets (and Criteria, Scores, Adjustments, Violations, Settings when present): it is ranked as soon as it opens. No file yet? Click Insert sample to rank the Khối 17 sample file.",
  blockedBody:
    "The download only adds the Checks sheet. Fix the cells listed below in Excel, save the file and open it here again.",
  failedWhatToDo:
    "Click Recalculate to try again. If it still fails: open the file in Excel, save it as .xlsx and open it here again, or run the command line npm run rank -- file.xlsx.",
  problemsMore: "{n} more: see the Checks sheet in the download.",
  sampleHint: "Open the Khối 17 (Kiên Giang 2018) sample file instead of the open file (your file is not changed)",
  sampleRunning: "Opening the sample…",
  sampleInserted: "The Khối 17 sample file is open.",
  sampleFailed: "Could not open the sample file: {detail}",
};

const FILE_WORDING: Record<Lang, Partial<Record<MessageKey, string>>> = { vi: viFile, en: enFile };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `kind` picks the wording that suits where the workbook lives (Excel by default). */
export function translator(lang: Lang, kind: HostKind = "excel"): Translate {
  const dict: Record<MessageKey, string> = kind === "file" ? { ...DICTIONARIES[lang], ...FILE_WORDING[lang] } : DICTIONARIES[lang];
  return (key, params) => interpolate(dict[key], params);
}
