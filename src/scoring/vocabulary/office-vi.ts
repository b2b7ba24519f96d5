/**
 * Office errors as messages the officer can act on, in Vietnamese: the reference table for office-en.ts.
 * Only the task pane's engine chunk (src/excel/office-errors.ts) imports it: it is read after a failed run.
 */
export const officeVi = {
  /** By the code of OfficeExtension.ErrorCodes / Excel.ErrorCodes. */
  officeCode: {
    RequestPayloadSizeLimitExceeded:
      "Dữ liệu gửi sang Excel vượt giới hạn 5 MB của Excel trên web. Hãy bỏ bớt các trang tính không cần thiết hoặc mở sổ làm việc bằng Excel trên máy tính rồi tính lại.",
    InvalidOperationInCellEditMode:
      "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi tính lại.",
    AccessDenied:
      "Excel không cho phép ghi: sổ làm việc hoặc trang tính đang được bảo vệ, hoặc mở ở chế độ chỉ đọc. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ) rồi tính lại.",
    ItemAlreadyExists:
      "Đã có một trang tính hoặc bảng trùng tên với trang kết quả (Xếp hạng, Chi tiết điểm, Kiểm tra). Hãy đổi tên trang hoặc bảng đó rồi tính lại.",
    ApiNotFound:
      "Phiên bản Excel này thiếu một chức năng cần thiết. Hãy cập nhật Office (Tệp → Tài khoản → Tùy chọn cập nhật) rồi thử lại.",
  },
  officeUnknown: (p: { code: string; detail: string }) =>
    `Không tính được xếp hạng do lỗi của Excel (${p.code}: ${p.detail}). Hãy lưu sổ làm việc, đóng và mở lại Excel rồi tính lại.`,
  officeNoCode: "không rõ mã",
};
