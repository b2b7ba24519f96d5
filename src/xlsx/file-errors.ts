import type { Localized } from "../scoring/types";

export type FileProblem = "missing" | "empty" | "damaged" | "not-workbook" | "xls" | "encrypted" | "unreadable" | "unwritable" | "too-large";

/**
 * A workbook file the program cannot use, with a message for the officer (what is wrong and what to
 * do). The command line prints `message` only: never a stack trace.
 */
export class WorkbookFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = "WorkbookFileError";
  }
}

export function fileError(problem: FileProblem, file: string, detail = ""): WorkbookFileError {
  const why = detail ? ` (${detail})` : "";
  switch (problem) {
    case "missing":
      return new WorkbookFileError(problem, {
        vi: `Không tìm thấy tệp "${file}". Kiểm tra lại đường dẫn và tên tệp.`,
        en: `File not found: "${file}". Check the path and the file name.`,
      });
    case "empty":
      return new WorkbookFileError(problem, {
        vi: `Tệp "${file}" rỗng (0 byte) nên chưa phải là sổ làm việc Excel (.xlsx): có thể tệp chưa được lưu xong hoặc sao chép bị lỗi. Hãy mở bản gốc bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi chạy lại.`,
        en: `"${file}" is empty (0 bytes), so it is not an Excel workbook (.xlsx) yet: it was perhaps not saved completely or a copy failed. Open the original in Excel, save it as an Excel Workbook (.xlsx), then run again.`,
      });
    case "damaged":
      if (detail) return damagedPart(file, detail);
      return new WorkbookFileError(problem, {
        vi: `Tệp "${file}" bị hỏng hoặc không đầy đủ (có thể do sao chép, tải xuống hay gửi qua thư bị ngắt giữa chừng) nên không đọc được như một sổ làm việc Excel (.xlsx). Hãy mở bằng Excel và lưu lại (Excel thường tự sửa được tệp hỏng), hoặc lấy lại bản gốc, rồi chạy lại.`,
        en: `"${file}" is damaged or incomplete (perhaps a copy, download or mail attachment was cut short), so it cannot be read as an Excel workbook (.xlsx). Open it in Excel and save it again (Excel can often repair it), or get the original again, then run again.`,
      });
    case "not-workbook":
      return new WorkbookFileError(problem, {
        vi: `Tệp "${file}" không phải là sổ làm việc Excel (.xlsx). Mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx).`,
        en: `"${file}" is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).`,
      });
    case "xls":
      return new WorkbookFileError(problem, {
        vi: `Tệp "${file}" là định dạng Excel cũ (.xls), chương trình chỉ đọc được .xlsx. Mở tệp bằng Excel, chọn Tệp → Lưu thành → Excel Workbook (.xlsx), rồi chạy lại với tệp mới.`,
        en: `"${file}" is an old Excel file (.xls); only .xlsx can be read. Open it in Excel, choose File → Save As → Excel Workbook (.xlsx), then run again on the new file.`,
      });
    case "encrypted":
      return new WorkbookFileError(problem, {
        vi: `Tệp "${file}" được bảo vệ bằng mật khẩu nên không đọc được. Mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`,
        en: `"${file}" is protected with a password and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, then run again.`,
      });
    case "unreadable":
      return new WorkbookFileError(problem, {
        vi: `Không đọc được tệp "${file}"${why}. Kiểm tra quyền truy cập và đóng tệp nếu nó đang mở ở chương trình khác.`,
        en: `Cannot read "${file}"${why}. Check the access rights and close the file if another program holds it.`,
      });
    case "too-large":
      return new WorkbookFileError(problem, {
        vi: `Tệp "${file}" bị từ chối vì phần "${detail}" khi giải nén vượt quá giới hạn an toàn (có thể là tệp độc hại kiểu "bom nén", hoặc sổ quá lớn). Nếu đây đúng là sổ làm việc của đơn vị, hãy mở bằng Excel, xóa các trang tính không dùng, lưu lại rồi chạy lại.`,
        en: `"${file}" is refused: its part "${detail}" inflates past the safety limit (perhaps a hostile "zip bomb", or a workbook far too large). If it really is your workbook, open it in Excel, delete the sheets you do not use, save, then run again.`,
      });
    case "unwritable":
      return new WorkbookFileError(problem, {
        vi: `Không ghi được tệp "${file}"${why}. Kiểm tra thư mục, quyền ghi và đóng tệp nếu nó đang mở trong Excel.`,
        en: `Cannot write "${file}"${why}. Check the folder and the write rights, and close the file if it is open in Excel.`,
      });
  }
}

/** A zip whose directory is whole but one part cannot be read: the message names the part (`part`, with what is wrong). */
function damagedPart(file: string, part: string): WorkbookFileError {
  return new WorkbookFileError("damaged", {
    vi: `Tệp "${file}" bị hỏng: phần "${part}" bên trong tệp không đọc được (có thể do sao chép, tải xuống hay một chương trình ghi tệp bị lỗi). Hãy mở bằng Excel và lưu lại (Excel thường tự sửa được tệp hỏng), hoặc lấy lại bản gốc, rồi chạy lại.`,
    en: `"${file}" is damaged: its part "${part}" cannot be read (perhaps a copy, a download or the program that wrote the file failed). Open it in Excel and save it again (Excel can often repair it), or get the original again, then run again.`,
  });
}
