/**
 * The 5 registered chỉ tiêu of each member (invented plan and actual figures). Chosen so the sample shows
 * every direction: Tăng above and below plan (bonus capped at 110 %), Giảm, Bằng 0 kept and broken, Đạt.
 * CVKG and CTK score the same on purpose (63 + 77 + 70 + 77 + 70): with equal other points they tie.
 *
 * Kept as one row a target, in the Chỉ tiêu sheet's own column order, so it reads (and is edited) as the
 * data it is. The criterion each member's targets count for is the Nhóm A criterion that applies to it
 * (khoi-17-criteria.ts), and the STT is the order of its rows here.
 */
export type SampleDirection = "Tăng" | "Giảm" | "Bằng 0" | "Đạt";

/**
 * Mã đơn vị, Tên chỉ tiêu, ĐVT ("" for none), Chiều, Kế hoạch, Thực hiện, Ghi chú ("" for none). A pass/fail
 * (Đạt) target's plan and actual are its completion ratio, 1 for đạt and 0 for không đạt (domain.md), and
 * the sheet shows them as the words: every row then has the same form.
 */
export type SampleTargetRow = readonly [memberCode: string, name: string, unit: string, direction: SampleDirection, plan: number, actual: number, notes: string];

export const KHOI_17_TARGETS: readonly SampleTargetRow[] = [
  ["NHNN", "Tăng trưởng dư nợ tín dụng trên địa bàn", "%", "Tăng", 14, 15.2, ""],
  ["NHNN", "Tỷ lệ nợ xấu trên tổng dư nợ", "%", "Giảm", 1.5, 0.9, "Tối đa 1,5 %"],
  ["NHNN", "Tăng trưởng nguồn vốn huy động", "%", "Tăng", 12, 12.6, ""],
  ["NHNN", "Vụ việc mất an toàn kho quỹ", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"],
  ["NHNN", "Cuộc thanh tra, giám sát tổ chức tín dụng", "cuộc", "Tăng", 24, 24, ""],
  ["CT", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "Tăng", 9000, 9450, ""],
  ["CT", "Tỷ lệ nợ thuế trên tổng thu ngân sách", "%", "Giảm", 5, 4, ""],
  ["CT", "Tỷ lệ doanh nghiệp khai thuế điện tử", "%", "Tăng", 98, 99.5, ""],
  ["CT", "Cuộc thanh tra, kiểm tra thuế tại doanh nghiệp", "cuộc", "Tăng", 400, 380, ""],
  ["CT", "Hồ sơ hoàn thuế giải quyết đúng hạn", "%", "Tăng", 100, 100, ""],
  ["KBNN", "Tỷ lệ giải ngân vốn đầu tư công qua Kho bạc", "%", "Tăng", 95, 97.85, ""],
  ["KBNN", "Hồ sơ kiểm soát chi giải quyết đúng hạn", "%", "Tăng", 100, 99.6, ""],
  ["KBNN", "Đơn vị giao dịch qua dịch vụ công trực tuyến", "%", "Tăng", 90, 100, ""],
  ["KBNN", "Hồ sơ thanh toán giải quyết quá hạn", "hồ sơ", "Giảm", 10, 12, "Không vượt quá 10 hồ sơ"],
  ["KBNN", "Thu ngân sách qua hệ thống Kho bạc", "tỷ đồng", "Tăng", 12000, 12600, ""],
  ["HQ", "Thu ngân sách từ hoạt động xuất nhập khẩu", "tỷ đồng", "Tăng", 180, 196, ""],
  ["HQ", "Vụ buôn lậu, gian lận thương mại phát hiện, xử lý", "vụ", "Tăng", 40, 43, ""],
  ["HQ", "Tờ khai thông quan qua hệ thống VNACCS/VCIS", "%", "Tăng", 99, 99.6, ""],
  ["HQ", "Thời gian thông quan trung bình một lô hàng", "giờ", "Giảm", 8, 7.5, ""],
  ["HQ", "Cung cấp dịch vụ công trực tuyến mức độ 4", "", "Đạt", 1, 1, ""],
  ["CVKG", "Lượt tàu thuyền ra, vào cảng được quản lý", "lượt", "Tăng", 12000, 10800, ""],
  ["CVKG", "Thu phí, lệ phí hàng hải", "tỷ đồng", "Tăng", 25, 27.5, ""],
  ["CVKG", "Tai nạn hàng hải nghiêm trọng trong vùng nước cảng", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"],
  ["CVKG", "Lượt kiểm tra an toàn tàu thuyền", "lượt", "Tăng", 150, 165, ""],
  ["CVKG", "Thủ tục cấp phép tàu thuyền giải quyết đúng hạn", "%", "Tăng", 100, 100, ""],
  ["THADS", "Tỷ lệ thi hành xong về việc", "%", "Tăng", 80, 82.5, ""],
  ["THADS", "Tỷ lệ thi hành xong về tiền", "%", "Tăng", 35, 33.6, ""],
  ["THADS", "Việc thi hành án chuyển sang kỳ sau", "việc", "Giảm", 2500, 2600, ""],
  ["THADS", "Khiếu nại vượt cấp, kéo dài", "vụ", "Bằng 0", 0, 1, "Để xảy ra 01 vụ: chỉ tiêu không đạt"],
  ["THADS", "Đơn khiếu nại, tố cáo giải quyết đúng hạn", "%", "Tăng", 95, 100, ""],
  ["CTK", "Cuộc điều tra thống kê hoàn thành đúng kế hoạch", "cuộc", "Tăng", 18, 20, ""],
  ["CTK", "Phiếu điều tra thu thập bằng thiết bị điện tử (CAPI)", "%", "Tăng", 70, 78, ""],
  ["CTK", "Báo cáo tình hình kinh tế - xã hội gửi đúng hạn", "", "Đạt", 1, 1, ""],
  ["CTK", "Số liệu đã công bố phải đính chính", "lần", "Bằng 0", 0, 0, "Không để xảy ra"],
  ["CTK", "Báo cáo phân tích chuyên đề", "báo cáo", "Tăng", 20, 18, ""],
  ["BHXH", "Người tham gia bảo hiểm xã hội bắt buộc", "người", "Tăng", 78000, 80340, ""],
  ["BHXH", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Tăng", 85, 86.2, ""],
  ["BHXH", "Tỷ lệ nợ đóng BHXH, BHYT, BHTN", "%", "Giảm", 3.5, 2.8, ""],
  ["BHXH", "Thu BHXH, BHYT, BHTN", "tỷ đồng", "Tăng", 2900, 3016, ""],
  ["BHXH", "Hồ sơ hưởng chế độ giải quyết quá hạn", "hồ sơ", "Bằng 0", 0, 0, "Không để xảy ra"],
  ["CHKRG", "Hành khách thông qua cảng", "lượt khách", "Tăng", 180000, 187000, ""],
  ["CHKRG", "Chuyến bay cất, hạ cánh an toàn", "chuyến", "Tăng", 2200, 2260, ""],
  ["CHKRG", "Sự cố uy hiếp an ninh, an toàn hàng không", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"],
  ["CHKRG", "Tỷ lệ chuyến bay cất cánh đúng giờ", "%", "Tăng", 90, 88.5, ""],
  ["CHKRG", "Doanh thu dịch vụ hàng không", "tỷ đồng", "Tăng", 40, 41.2, ""],
  ["CHKPQ", "Hành khách thông qua cảng", "lượt khách", "Tăng", 2600000, 2950000, ""],
  ["CHKPQ", "Hàng hóa thông qua cảng", "tấn", "Tăng", 14000, 15100, ""],
  ["CHKPQ", "Sự cố uy hiếp an ninh, an toàn hàng không", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"],
  ["CHKPQ", "Tỷ lệ chuyến bay cất cánh đúng giờ", "%", "Tăng", 88, 86, ""],
  ["CHKPQ", "Thời gian chờ làm thủ tục trung bình", "phút", "Giảm", 30, 28, ""],
];
