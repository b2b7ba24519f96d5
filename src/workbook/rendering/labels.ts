import { DIRECTION_LABEL, GRADE_LABEL } from "../../scoring/labels";
import type { Award, Direction, Grade, Localized } from "../../scoring/types";

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

/** The grade names of the messages, so a sheet and a message never name a grade differently. */
export const GRADE_LABELS: Record<Grade, Localized> = GRADE_LABEL;

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

/** A cell holds the direction on its own: the messages' words ("tăng"), capitalised ("Tăng"). */
export const DIRECTION_LABELS = {
  increase: capitalised(DIRECTION_LABEL.increase),
  decrease: capitalised(DIRECTION_LABEL.decrease),
  zero: capitalised(DIRECTION_LABEL.zero),
  pass: capitalised(DIRECTION_LABEL.pass),
} satisfies Record<Direction, Localized>;

function capitalised(text: Localized): Localized {
  const first = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
  return { vi: first(text.vi), en: first(text.en) };
}

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
