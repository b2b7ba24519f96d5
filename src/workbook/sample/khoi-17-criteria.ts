import { AIRPORT_CODES, CRITERION_1_CODES, STATISTICS_CODES } from "./khoi-17-members";

/**
 * The 17 tiêu chí of Khối 17 (3 nội dung: 6 / 4 / 7, per domain.md). Tiêu chí 1, 2 and 6 are scored by
 * 5 registered targets × 70 points and form the alternative group "Nhóm A"; the other fourteen are
 * scored directly. Names and standard points of the directly scored ones are plausible, not the real ones.
 */
export interface SampleCriterion {
  code: string;
  section: "I" | "II" | "III";
  name: string;
  standardPoints: number;
  byTargets: boolean;
  appliesTo: readonly string[] | null;
}

export const ALTERNATIVE_GROUP = "Nhóm A";
export const TARGETS_PER_MEMBER = 5;
export const POINTS_PER_TARGET = 70;
export const BONUS_CAP_PER_TARGET = 7;

const byTargets = (code: string, name: string, appliesTo: readonly string[]): SampleCriterion => ({
  code,
  section: "I",
  name,
  standardPoints: TARGETS_PER_MEMBER * POINTS_PER_TARGET,
  byTargets: true,
  appliesTo,
});

const direct = (code: string, section: "I" | "II" | "III", name: string, standardPoints: number): SampleCriterion => ({
  code,
  section,
  name,
  standardPoints,
  byTargets: false,
  appliesTo: null,
});

export const KHOI_17_CRITERIA: readonly SampleCriterion[] = [
  byTargets("1", "Thực hiện 5 chỉ tiêu định lượng chủ yếu đã đăng ký theo chức năng, nhiệm vụ", CRITERION_1_CODES),
  byTargets("2", "Thực hiện chương trình điều tra, báo cáo thống kê của ngành", STATISTICS_CODES),
  direct("3", "I", "Chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước", 20),
  direct("4", "I", "Cải cách hành chính, ứng dụng công nghệ thông tin trong hoạt động", 20),
  direct("5", "I", "Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng", 20),
  byTargets("6", "Bảo đảm an ninh, an toàn hàng không và chất lượng phục vụ hành khách", AIRPORT_CODES),
  direct("7", "II", "Tham gia đầy đủ, có chất lượng các hoạt động chung của Khối", 20),
  direct("8", "II", "Thực hiện chế độ thông tin, báo cáo thi đua đúng thời hạn", 10),
  direct("9", "II", "Hưởng ứng phong trào \"Chung sức xây dựng nông thôn mới\"", 15),
  direct("10", "II", "Thi đua chào mừng 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", 15),
  direct("11", "III", "Xây dựng tổ chức Đảng trong sạch, vững mạnh", 15),
  direct("12", "III", "Hoạt động của Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh cơ quan", 10),
  direct("13", "III", "Công tác thi đua, khen thưởng; phát hiện, nhân rộng điển hình tiên tiến", 15),
  direct("14", "III", "Xây dựng cơ quan văn hóa; bảo đảm an ninh trật tự, an toàn cơ quan", 10),
  direct("15", "III", "Đào tạo, bồi dưỡng nâng cao trình độ cán bộ, công chức", 10),
  direct("16", "III", "Hoạt động từ thiện, nhân đạo, đền ơn đáp nghĩa", 10),
  direct("17", "III", "Thực hiện quy chế dân chủ ở cơ sở, công tác dân vận", 10),
];

/** The directly scored criteria in sheet order: the score vectors in khoi-17-scores.ts follow it. */
export const DIRECT_CRITERIA = KHOI_17_CRITERIA.filter((c) => !c.byTargets);
