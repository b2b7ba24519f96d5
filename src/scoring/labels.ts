import type { Direction, Grade, Localized, MemberInput, Rating, ViolationEffect } from "./types";

/** Names shown inside messages and notes, in both languages. */

export function memberLabel(member: Pick<MemberInput, "code" | "name">): string {
  return member.name && member.name !== member.code ? `${member.name} (${member.code})` : member.code;
}

/** Lower case, as they stand inside sentences; the sheets write them capitalised (workbook/labels.ts). */
export const DIRECTION_LABEL: Record<Direction, Localized> = {
  increase: { vi: "tăng", en: "increase" },
  decrease: { vi: "giảm", en: "decrease" },
  zero: { vi: "bằng 0", en: "zero" },
  pass: { vi: "đạt", en: "pass/fail" },
};

export const RATING_LABEL: Record<Rating, Localized> = {
  excellent: { vi: "Xuất sắc", en: "Excellent" },
  good: { vi: "Tốt", en: "Good" },
  fair: { vi: "Khá", en: "Fair" },
  average: { vi: "Trung bình", en: "Average" },
};

/** The one definition of the grade names: messages use them, and the output sheets write them (workbook/labels.ts). */
export const GRADE_LABEL: Record<Grade, Localized> = {
  excellent: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent" },
  good: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good" },
  pass: { vi: "Hoàn thành nhiệm vụ", en: "Completed" },
  fail: { vi: "Không hoàn thành nhiệm vụ", en: "Not completed" },
};

export const EFFECT_LABEL: Record<ViolationEffect, Localized> = {
  "no-flag": { vi: "Không xét Cờ", en: "No flag" },
  "no-award": { vi: "Không khen thưởng", en: "No award" },
  "rank-last": { vi: "Xếp cuối", en: "Ranked last" },
};
