import type { Award, Direction, Grade, Localized } from "../scoring/types";

/** Column headers and fixed texts of the output sheets, in both languages. */
export const RANKING_HEADERS = {
  rank: { vi: "Hạng", en: "Rank" },
  code: { vi: "Mã đơn vị", en: "Code" },
  name: { vi: "Tên đơn vị", en: "Name" },
  bonus: { vi: "Điểm cộng", en: "Bonus" },
  deduction: { vi: "Điểm trừ", en: "Deduction" },
  total: { vi: "Tổng điểm", en: "Total" },
  percent: { vi: "Tỷ lệ (%)", en: "Percent (%)" },
  grade: { vi: "Xếp loại", en: "Grade" },
  award: { vi: "Đề nghị khen thưởng", en: "Award proposal" },
  notes: { vi: "Ghi chú", en: "Notes" },
  change: { vi: "Thay đổi hạng", en: "Rank change" },
} as const satisfies Record<string, Localized>;

export function sectionHeader(section: string): Localized {
  return { vi: `Nội dung ${section}`, en: `Section ${section}` };
}

export const BREAKDOWN_HEADERS = {
  code: RANKING_HEADERS.code,
  name: RANKING_HEADERS.name,
  section: { vi: "Nội dung", en: "Section" },
  criterion: { vi: "Tiêu chí", en: "Criterion" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  direction: { vi: "Chiều", en: "Direction" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  actual: { vi: "Thực hiện", en: "Actual" },
  ratio: { vi: "Tỷ lệ (%)", en: "Ratio (%)" },
  base: { vi: "Điểm cơ bản", en: "Base points" },
  bonus: { vi: "Điểm thưởng", en: "Bonus points" },
  points: { vi: "Điểm", en: "Points" },
  explanation: { vi: "Cách tính", en: "How computed" },
} as const satisfies Record<string, Localized>;

export const CHECKS_HEADERS = {
  severity: { vi: "Mức độ", en: "Severity" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  cell: { vi: "Ô", en: "Cell" },
  message: { vi: "Nội dung", en: "Message" },
} as const satisfies Record<string, Localized>;

export const SEVERITY_LABELS = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
} as const satisfies Record<string, Localized>;

export const NO_PROBLEMS: Localized = { vi: "Không có lỗi", en: "No problems found" };

export const GRADE_LABELS: Record<Grade, Localized> = {
  excellent: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent" },
  good: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good" },
  pass: { vi: "Hoàn thành nhiệm vụ", en: "Completed" },
  fail: { vi: "Không hoàn thành nhiệm vụ", en: "Not completed" },
};

/** Short grade words for narrow displays (the command line table). */
export const GRADE_SHORT_LABELS: Record<Grade, Localized> = {
  excellent: { vi: "Xuất sắc", en: "Excellent" },
  good: { vi: "Tốt", en: "Good" },
  pass: { vi: "Hoàn thành", en: "Completed" },
  fail: { vi: "Không hoàn thành", en: "Not completed" },
};

export const AWARD_LABELS: Record<Exclude<Award, null>, Localized> = {
  flag: { vi: "Cờ thi đua", en: "Emulation flag" },
  merit: { vi: "Bằng khen", en: "Certificate of merit" },
};

export const NEEDS_VOTE: Localized = { vi: "cần bình xét", en: "needs the meeting's vote" };

export const DIRECTION_LABELS: Record<Direction, Localized> = {
  increase: { vi: "Tăng", en: "Increase" },
  decrease: { vi: "Giảm", en: "Decrease" },
  zero: { vi: "Bằng 0", en: "Zero" },
  pass: { vi: "Đạt", en: "Pass/fail" },
};

export const ADJUSTMENT_SECTION_LABELS = {
  bonus: { vi: "Điểm cộng", en: "Bonus" },
  deduction: { vi: "Điểm trừ", en: "Deduction" },
} as const satisfies Record<string, Localized>;

export const RANK_CHANGE_NEW: Localized = { vi: "Mới", en: "New" };

export const TITLES = {
  ranking: { vi: "Xếp hạng thi đua", en: "Emulation ranking" },
  breakdown: { vi: "Chi tiết điểm", en: "Score breakdown" },
  checks: { vi: "Kiểm tra dữ liệu", en: "Data checks" },
  year: { vi: "năm", en: "year" },
  calculatedAt: { vi: "Tính lúc", en: "Calculated at" },
} as const satisfies Record<string, Localized>;
