/**
 * Directly scored criteria, bonus/deduction lines and violations of the sample (invented). Every score is
 * the khối's verified score; a few members self-scored higher and the meeting agreed a score in between.
 * CVKG and CTK have the same sums per nội dung (55 / 54 / 69) so that, with one equal deduction each,
 * they tie on every tie-breaker: the sample shows a "đồng hạng".
 */

/** Final scores in the order of DIRECT_CRITERIA: 3, 4, 5 | 7, 8, 9, 10 | 11 … 17 (maxima 20 20 20 | 20 10 15 15 | 15 10 15 10 10 10 10). */
export const KHOI_17_DIRECT_SCORES: Readonly<Record<string, readonly number[]>> = {
  NHNN: [19, 19, 19, 20, 10, 14, 15, 14, 9, 14, 9, 9, 8, 6],
  CT: [20, 19, 19, 19, 10, 14, 14, 15, 10, 14, 9, 9, 9, 7],
  KBNN: [19, 19, 19, 19, 9, 14, 14, 14, 9, 13, 9, 9, 8, 7],
  HQ: [18, 18, 19, 18, 9, 13, 13, 14, 9, 13, 9, 8, 8, 7],
  CVKG: [18, 19, 18, 18, 9, 14, 13, 14, 9, 13, 9, 9, 8, 7],
  THADS: [17, 16, 17, 17, 8, 12, 12, 13, 8, 13, 8, 8, 8, 8],
  CTK: [19, 18, 18, 19, 9, 13, 13, 14, 9, 14, 9, 8, 8, 7],
  BHXH: [19, 18, 19, 18, 10, 13, 14, 14, 9, 14, 9, 9, 8, 6],
  CHKRG: [18, 17, 18, 17, 9, 13, 13, 14, 8, 13, 9, 8, 8, 7],
  CHKPQ: [19, 19, 20, 19, 10, 14, 14, 15, 9, 14, 10, 9, 9, 7],
};

/** Where the self-score differed from the khối's: agreed null means the verified score stands. */
export interface ScoreDisagreement {
  memberCode: string;
  criterion: string;
  self: number;
  verified: number;
  agreed: number | null;
  comment: string;
}

const MEETING = "Thống nhất tại cuộc họp Khối ngày 10/01/2019";

export const KHOI_17_DISAGREEMENTS: readonly ScoreDisagreement[] = [
  { memberCode: "NHNN", criterion: "16", self: 10, verified: 8, agreed: 8, comment: "Thiếu minh chứng một hoạt động từ thiện. " + MEETING },
  { memberCode: "HQ", criterion: "13", self: 15, verified: 12, agreed: 13, comment: "Chưa có mô hình điển hình được nhân rộng cấp tỉnh. " + MEETING },
  { memberCode: "THADS", criterion: "3", self: 20, verified: 16, agreed: 17, comment: "Có 01 vụ khiếu nại vượt cấp. " + MEETING },
  { memberCode: "CTK", criterion: "9", self: 15, verified: 13, agreed: null, comment: "Khối trưởng chấm lại theo minh chứng" },
  { memberCode: "CHKRG", criterion: "4", self: 19, verified: 17, agreed: 17, comment: "Chưa triển khai thủ tục trực tuyến mức độ 3. " + MEETING },
];

export interface SampleAdjustment {
  memberCode: string;
  kind: "Cộng" | "Trừ";
  reason: string;
  count: number;
  pointsEach: number;
  basis: string;
}

const RULES = "Quy chế hoạt động Khối 17 năm 2018";

export const KHOI_17_ADJUSTMENTS: readonly SampleAdjustment[] = [
  { memberCode: "KBNN", kind: "Trừ", reason: "Gửi báo cáo thi đua 6 tháng chậm thời hạn", count: 1, pointsEach: 2, basis: RULES },
  { memberCode: "CVKG", kind: "Trừ", reason: "Gửi báo cáo thi đua 6 tháng chậm thời hạn", count: 1, pointsEach: 2, basis: RULES },
  { memberCode: "CTK", kind: "Trừ", reason: "Gửi báo cáo tổng kết năm chậm thời hạn", count: 1, pointsEach: 2, basis: RULES },
  { memberCode: "THADS", kind: "Trừ", reason: "Vắng họp Khối không có lý do", count: 2, pointsEach: 2, basis: RULES },
  { memberCode: "HQ", kind: "Cộng", reason: "Mô hình \"Hải quan - Doanh nghiệp đồng hành\" được UBND tỉnh công nhận, nhân rộng", count: 1, pointsEach: 2, basis: RULES },
];

export interface SampleViolation {
  memberCode: string;
  description: string;
  effect: "Không xét Cờ" | "Không khen thưởng" | "Xếp cuối";
}

/** The top scorer is kept from the flag: the sample shows the Cờ going to the next member. */
export const KHOI_17_VIOLATIONS: readonly SampleViolation[] = [
  { memberCode: "CHKPQ", description: "Có 01 công chức bị kỷ luật khiển trách trong năm", effect: "Không xét Cờ" },
];
