/**
 * The 5 registered chỉ tiêu of each member (invented plan and actual figures). Chosen so the sample shows
 * every direction: Tăng above and below plan (bonus capped at 110 %), Giảm, Bằng 0 kept and broken, Đạt.
 * CVKG and CTK score the same on purpose (63 + 77 + 70 + 77 + 70): with equal other points they tie.
 */
export type SampleDirection = "Tăng" | "Giảm" | "Bằng 0" | "Đạt";

export interface SampleTarget {
  name: string;
  unit: string;
  direction: SampleDirection;
  /** "Đạt" for pass/fail targets. */
  plan: number | "Đạt";
  actual: number | "Đạt" | "Không đạt";
  notes?: string;
}

export interface MemberTargets {
  memberCode: string;
  criterion: "1" | "2" | "6";
  targets: readonly SampleTarget[];
}

const t = (name: string, unit: string, direction: SampleDirection, plan: SampleTarget["plan"], actual: SampleTarget["actual"], notes?: string): SampleTarget => ({
  name,
  unit,
  direction,
  plan,
  actual,
  ...(notes ? { notes } : {}),
});

export const KHOI_17_TARGETS: readonly MemberTargets[] = [
  {
    memberCode: "NHNN",
    criterion: "1",
    targets: [
      t("Tăng trưởng dư nợ tín dụng trên địa bàn", "%", "Tăng", 14, 15.2),
      t("Tỷ lệ nợ xấu trên tổng dư nợ", "%", "Giảm", 1.5, 0.9, "Tối đa 1,5 %"),
      t("Tăng trưởng nguồn vốn huy động", "%", "Tăng", 12, 12.6),
      t("Vụ việc mất an toàn kho quỹ", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"),
      t("Cuộc thanh tra, giám sát tổ chức tín dụng", "cuộc", "Tăng", 24, 24),
    ],
  },
  {
    memberCode: "CT",
    criterion: "1",
    targets: [
      t("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "Tăng", 9000, 9450),
      t("Tỷ lệ nợ thuế trên tổng thu ngân sách", "%", "Giảm", 5, 4),
      t("Tỷ lệ doanh nghiệp khai thuế điện tử", "%", "Tăng", 98, 99.5),
      t("Cuộc thanh tra, kiểm tra thuế tại doanh nghiệp", "cuộc", "Tăng", 400, 380),
      t("Hồ sơ hoàn thuế giải quyết đúng hạn", "%", "Tăng", 100, 100),
    ],
  },
  {
    memberCode: "KBNN",
    criterion: "1",
    targets: [
      t("Tỷ lệ giải ngân vốn đầu tư công qua Kho bạc", "%", "Tăng", 95, 97.85),
      t("Hồ sơ kiểm soát chi giải quyết đúng hạn", "%", "Tăng", 100, 99.6),
      t("Đơn vị giao dịch qua dịch vụ công trực tuyến", "%", "Tăng", 90, 100),
      t("Hồ sơ thanh toán giải quyết quá hạn", "hồ sơ", "Giảm", 10, 12, "Không vượt quá 10 hồ sơ"),
      t("Thu ngân sách qua hệ thống Kho bạc", "tỷ đồng", "Tăng", 12000, 12600),
    ],
  },
  {
    memberCode: "HQ",
    criterion: "1",
    targets: [
      t("Thu ngân sách từ hoạt động xuất nhập khẩu", "tỷ đồng", "Tăng", 180, 196),
      t("Vụ buôn lậu, gian lận thương mại phát hiện, xử lý", "vụ", "Tăng", 40, 43),
      t("Tờ khai thông quan qua hệ thống VNACCS/VCIS", "%", "Tăng", 99, 99.6),
      t("Thời gian thông quan trung bình một lô hàng", "giờ", "Giảm", 8, 7.5),
      t("Cung cấp dịch vụ công trực tuyến mức độ 4", "", "Đạt", "Đạt", "Đạt"),
    ],
  },
  {
    memberCode: "CVKG",
    criterion: "1",
    targets: [
      t("Lượt tàu thuyền ra, vào cảng được quản lý", "lượt", "Tăng", 12000, 10800),
      t("Thu phí, lệ phí hàng hải", "tỷ đồng", "Tăng", 25, 27.5),
      t("Tai nạn hàng hải nghiêm trọng trong vùng nước cảng", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"),
      t("Lượt kiểm tra an toàn tàu thuyền", "lượt", "Tăng", 150, 165),
      t("Thủ tục cấp phép tàu thuyền giải quyết đúng hạn", "%", "Tăng", 100, 100),
    ],
  },
  {
    memberCode: "THADS",
    criterion: "1",
    targets: [
      t("Tỷ lệ thi hành xong về việc", "%", "Tăng", 80, 82.5),
      t("Tỷ lệ thi hành xong về tiền", "%", "Tăng", 35, 33.6),
      t("Việc thi hành án chuyển sang kỳ sau", "việc", "Giảm", 2500, 2600),
      t("Khiếu nại vượt cấp, kéo dài", "vụ", "Bằng 0", 0, 1, "Để xảy ra 01 vụ: chỉ tiêu không đạt"),
      t("Đơn khiếu nại, tố cáo giải quyết đúng hạn", "%", "Tăng", 95, 100),
    ],
  },
  {
    memberCode: "CTK",
    criterion: "2",
    targets: [
      t("Cuộc điều tra thống kê hoàn thành đúng kế hoạch", "cuộc", "Tăng", 18, 20),
      t("Phiếu điều tra thu thập bằng thiết bị điện tử (CAPI)", "%", "Tăng", 70, 78),
      t("Báo cáo tình hình kinh tế - xã hội gửi đúng hạn", "", "Đạt", "Đạt", "Đạt"),
      t("Số liệu đã công bố phải đính chính", "lần", "Bằng 0", 0, 0, "Không để xảy ra"),
      t("Báo cáo phân tích chuyên đề", "báo cáo", "Tăng", 20, 18),
    ],
  },
  {
    memberCode: "BHXH",
    criterion: "1",
    targets: [
      t("Người tham gia bảo hiểm xã hội bắt buộc", "người", "Tăng", 78000, 80340),
      t("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Tăng", 85, 86.2),
      t("Tỷ lệ nợ đóng BHXH, BHYT, BHTN", "%", "Giảm", 3.5, 2.8),
      t("Thu BHXH, BHYT, BHTN", "tỷ đồng", "Tăng", 2900, 3016),
      t("Hồ sơ hưởng chế độ giải quyết quá hạn", "hồ sơ", "Bằng 0", 0, 0, "Không để xảy ra"),
    ],
  },
  {
    memberCode: "CHKRG",
    criterion: "6",
    targets: [
      t("Hành khách thông qua cảng", "lượt khách", "Tăng", 180000, 187000),
      t("Chuyến bay cất, hạ cánh an toàn", "chuyến", "Tăng", 2200, 2260),
      t("Sự cố uy hiếp an ninh, an toàn hàng không", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"),
      t("Tỷ lệ chuyến bay cất cánh đúng giờ", "%", "Tăng", 90, 88.5),
      t("Doanh thu dịch vụ hàng không", "tỷ đồng", "Tăng", 40, 41.2),
    ],
  },
  {
    memberCode: "CHKPQ",
    criterion: "6",
    targets: [
      t("Hành khách thông qua cảng", "lượt khách", "Tăng", 2600000, 2950000),
      t("Hàng hóa thông qua cảng", "tấn", "Tăng", 14000, 15100),
      t("Sự cố uy hiếp an ninh, an toàn hàng không", "vụ", "Bằng 0", 0, 0, "Không để xảy ra"),
      t("Tỷ lệ chuyến bay cất cánh đúng giờ", "%", "Tăng", 88, 86),
      t("Thời gian chờ làm thủ tục trung bình", "phút", "Giảm", 30, 28),
    ],
  },
];
