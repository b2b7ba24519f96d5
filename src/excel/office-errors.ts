import type { Localized } from "../scoring/types";

/**
 * Office errors as messages the officer can act on. Codes from OfficeExtension.ErrorCodes and
 * Excel.ErrorCodes (learn.microsoft.com "Error handling with the application-specific JavaScript APIs").
 */
const MESSAGES: Record<string, Localized> = {
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu gửi sang Excel vượt giới hạn 5 MB của Excel trên web. Hãy bỏ bớt các trang tính không cần thiết hoặc mở sổ làm việc bằng Excel trên máy tính rồi tính lại.",
    en: "The data sent to Excel passed Excel on the web's 5 MB limit. Remove sheets you do not need, or open the workbook in desktop Excel, then recalculate.",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi tính lại.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then recalculate.",
  },
  AccessDenied: {
    vi: "Excel không cho phép ghi: sổ làm việc hoặc trang tính đang được bảo vệ, hoặc mở ở chế độ chỉ đọc. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ) rồi tính lại.",
    en: "Excel refused to write: the workbook or a sheet is protected, or the file is read-only. Unprotect it (Review → Unprotect) and recalculate.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một trang tính hoặc bảng trùng tên với trang kết quả (Xếp hạng, Chi tiết điểm, Kiểm tra). Hãy đổi tên trang hoặc bảng đó rồi tính lại.",
    en: "A sheet or table already has the name of an output sheet (Xếp hạng, Chi tiết điểm, Kiểm tra). Rename it and recalculate.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu một chức năng cần thiết. Hãy cập nhật Office (Tệp → Tài khoản → Tùy chọn cập nhật) rồi thử lại.",
    en: "This Excel version lacks a function the add-in needs. Update Office (File → Account → Update Options) and try again.",
  },
};

export function describeOfficeError(error: unknown): Localized {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const known = MESSAGES[code] ?? (code === "AccessDenied" || code === "SheetProtected" ? MESSAGES.AccessDenied : undefined);
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    vi: `Không tính được xếp hạng do lỗi của Excel (${code || "không rõ mã"}: ${detail}). Hãy lưu sổ làm việc, đóng và mở lại Excel rồi tính lại.`,
    en: `The ranking could not be calculated because of an Excel error (${code || "no code"}: ${detail}). Save the workbook, restart Excel and recalculate.`,
  };
}
