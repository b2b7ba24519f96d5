/**
 * Why a workbook file cannot be read or written, in Vietnamese: the reference table for files-en.ts. Said
 * by the command line and the web page (src/xlsx/file-errors.ts); not by the task pane, whose workbook is
 * open in Excel. `why` is " (<detail>)" or "".
 */
export const filesVi = {
  missing: (p: { file: string }) => `Không tìm thấy tệp "${p.file}". Kiểm tra lại đường dẫn và tên tệp.`,
  empty: (p: { file: string }) =>
    `Tệp "${p.file}" rỗng (0 byte) nên chưa phải là sổ làm việc Excel (.xlsx): có thể tệp chưa được lưu xong hoặc sao chép bị lỗi. Hãy mở bản gốc bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi chạy lại.`,
  damaged: (p: { file: string }) =>
    `Tệp "${p.file}" bị hỏng hoặc không đầy đủ (có thể do sao chép, tải xuống hay gửi qua thư bị ngắt giữa chừng) nên không đọc được như một sổ làm việc Excel (.xlsx). Hãy mở bằng Excel và lưu lại (Excel thường tự sửa được tệp hỏng), hoặc lấy lại bản gốc, rồi chạy lại.`,
  damagedPart: (p: { file: string; part: string }) =>
    `Tệp "${p.file}" bị hỏng: phần "${p.part}" bên trong tệp không đọc được (có thể do sao chép, tải xuống hay một chương trình ghi tệp bị lỗi). Hãy mở bằng Excel và lưu lại (Excel thường tự sửa được tệp hỏng), hoặc lấy lại bản gốc, rồi chạy lại.`,
  notWorkbook: (p: { file: string }) => `Tệp "${p.file}" không phải là sổ làm việc Excel (.xlsx). Mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx).`,
  xls: (p: { file: string }) =>
    `Tệp "${p.file}" là định dạng Excel cũ (.xls), chương trình chỉ đọc được .xlsx. Mở tệp bằng Excel, chọn Tệp → Lưu thành → Excel Workbook (.xlsx), rồi chạy lại với tệp mới.`,
  encrypted: (p: { file: string }) =>
    `Tệp "${p.file}" được bảo vệ bằng mật khẩu nên không đọc được. Mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`,
  unreadable: (p: { file: string; why: string }) =>
    `Không đọc được tệp "${p.file}"${p.why}. Kiểm tra quyền truy cập và đóng tệp nếu nó đang mở ở chương trình khác.`,
  tooLarge: (p: { file: string; part: string }) =>
    `Tệp "${p.file}" bị từ chối vì phần "${p.part}" khi giải nén vượt quá giới hạn an toàn (có thể là tệp độc hại kiểu "bom nén", hoặc sổ quá lớn). Nếu đây đúng là sổ làm việc của đơn vị, hãy mở bằng Excel, xóa các trang tính không dùng, lưu lại rồi chạy lại.`,
  unwritable: (p: { file: string; why: string }) =>
    `Không ghi được tệp "${p.file}"${p.why}. Kiểm tra thư mục, quyền ghi và đóng tệp nếu nó đang mở trong Excel.`,
};
