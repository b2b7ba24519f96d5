import type { Lang, Localized } from "../scoring/types";
import { interpolate } from "../ui/interpolate";

/**
 * The page's own strings (around the task pane's App, which has its own dictionary). Vietnamese is the
 * reference: its keys type the English one, so a missing translation is a compile error.
 */
const vi = {
  productName: "Chấm điểm thi đua — Khối thi đua",
  tagline: "Xếp hạng các đơn vị trong khối thi đua từ tệp Excel, không cần cài đặt.",
  privacy: "Tệp được xử lý ngay trong trình duyệt, không tải lên đâu cả",
  dropTitle: "Kéo thả tệp Excel (.xlsx) vào đây — một tệp, hoặc nhiều tệp để tổng hợp",
  dropOr: "hoặc",
  pick: "Chọn tệp…",
  dropHint: "Tệp cần các trang Đơn vị và Chỉ tiêu (xem tệp mẫu). Sửa tệp trong Excel xong thì lưu lại và thả lại vào đây.",
  dropLabel: "Chọn hoặc kéo thả tệp Excel cần xếp hạng",
  openedFile: "Đang mở: {name} ({size})",
  download: "Tải xuống {name}",
  downloadBlocked: "Tải xuống {name} (chỉ có trang Kiểm tra mới)",
  preparing: "Đang tạo tệp {name}…",
  writeFailed: "Đã xếp hạng nhưng không tạo được tệp tải xuống: {detail} Hãy tải lại trang và thả lại tệp, hoặc dùng dòng lệnh bên dưới.",
  downloadHintRanked: "Tệp của bạn cùng các trang Xếp hạng, Chi tiết điểm, Kiểm tra và tài liệu cho cuộc họp khối (bảng tổng hợp, đề nghị khen thưởng, biểu đồ). Tệp gốc không bị thay đổi.",
  downloadHintBlocked: "Còn lỗi nên chưa xếp hạng: tệp tải về có trang Kiểm tra ghi rõ ô cần sửa.",
  downloadNotesTitle: "Lưu ý về tệp tải về",
  sampleLink: "Tải tệp mẫu (Khối 17, Kiên Giang 2018)",
  footerCliTitle: "Xếp hạng bằng dòng lệnh",
  footerCli: "Trên máy có Node.js, trong thư mục chương trình:",
  footerCliCommand: "npm run rank -- tệp.xlsx",
  footerCliResult: "Kết quả được ghi vào tệp-xep-hang.xlsx bên cạnh tệp gốc (tệp gốc không bị thay đổi); thêm --lang en để xem bằng tiếng Anh.",
  footerAddin: "Trong Excel, dùng add-in Xếp hạng khối thi đua để tính lại ngay trên sổ làm việc.",
  batchTitle: "Tổng hợp {count} tệp",
  batchCounts: "{ranked} đã xếp hạng, {blocked} có lỗi, {unreadable} không đọc được",
  batchRunning: "Đang xếp hạng tệp {index}/{count}: {name}…",
  batchFile: "Tệp",
  batchBloc: "Khối",
  batchYear: "Năm",
  batchStatus: "Trạng thái",
  batchDetail: "Dẫn đầu / vấn đề",
  batchMember: "{rank}. {name} ({percent} %)",
  batchMoreProblems: "và {count} vấn đề khác",
  batchDownloadSummary: "Tải xuống {name}",
  batchDownloadCopy: "{name}",
  batchDownloadsTitle: "Các tệp đã xếp hạng",
  batchHint: "Thả một tệp để xem đầy đủ bảng xếp hạng, chi tiết điểm và biểu đồ của tệp đó.",
  batchFailed: "Không xếp hạng được các tệp: {detail}",
} as const;

export type WebTextKey = keyof typeof vi;

const en: Record<WebTextKey, string> = {
  productName: "Emulation scoring — Emulation bloc",
  tagline: "Rank the members of an emulation bloc from an Excel file, nothing to install.",
  privacy: "Your file is processed in this browser; nothing is uploaded",
  dropTitle: "Drop an Excel file (.xlsx) here — one file, or several for a summary",
  dropOr: "or",
  pick: "Choose a file…",
  dropHint: "The file needs the Members and Targets sheets (see the sample). After editing it in Excel, save it and drop it here again.",
  dropLabel: "Choose or drop the Excel file to rank",
  openedFile: "Open: {name} ({size})",
  download: "Download {name}",
  downloadBlocked: "Download {name} (only the Checks sheet is new)",
  preparing: "Preparing {name}…",
  writeFailed: "Ranked, but the file to download could not be made: {detail} Reload the page and drop the file again, or use the command line below.",
  downloadHintRanked: "Your file with the Ranking, Breakdown and Checks sheets and the documents for the bloc meeting (summary, award proposal, chart). The original file is not changed.",
  downloadHintBlocked: "Errors remain, so there is no ranking: the downloaded file's Checks sheet names the cells to fix.",
  downloadNotesTitle: "About the downloaded file",
  sampleLink: "Download the sample file (Khối 17, Kiên Giang 2018)",
  footerCliTitle: "Ranking from the command line",
  footerCli: "On a computer with Node.js, in the program's folder:",
  footerCliCommand: "npm run rank -- file.xlsx",
  footerCliResult: "The result is written to file-xep-hang.xlsx beside the input (which is never changed); add --lang en for English.",
  footerAddin: "In Excel, the Emulation bloc ranking add-in recalculates right in the workbook.",
  batchTitle: "Summary of {count} files",
  batchCounts: "{ranked} ranked, {blocked} blocked by errors, {unreadable} unreadable",
  batchRunning: "Ranking file {index}/{count}: {name}…",
  batchFile: "File",
  batchBloc: "Bloc",
  batchYear: "Year",
  batchStatus: "Status",
  batchDetail: "Leaders / problems",
  batchMember: "{rank}. {name} ({percent} %)",
  batchMoreProblems: "and {count} more problem(s)",
  batchDownloadSummary: "Download {name}",
  batchDownloadCopy: "{name}",
  batchDownloadsTitle: "The ranked files",
  batchHint: "Drop a single file to see its full ranking, breakdown and chart.",
  batchFailed: "The files could not be ranked: {detail}",
};

const DICTIONARIES: Record<Lang, Record<WebTextKey, string>> = { vi, en };

export type WebTranslate = (key: WebTextKey, params?: Record<string, string | number>) => string;

export function webTranslator(lang: Lang): WebTranslate {
  const dict = DICTIONARIES[lang];
  return (key, params) => interpolate(dict[key], params);
}

/** Failures the FileHost reports through the App (which shows them in the chosen language). */
export const WEB_MESSAGES = {
  noFile: {
    vi: "Chưa có tệp nào: kéo thả tệp Excel (.xlsx) vào ô phía trên hoặc bấm Chọn tệp, rồi bấm Tính lại.",
    en: "No file yet: drop an Excel file (.xlsx) on the box above or click Choose a file, then click Recalculate.",
  },
  unexpected: { vi: "Chương trình gặp lỗi khi xử lý tệp:", en: "The program failed while processing the file:" },
} satisfies Record<string, Localized>;
