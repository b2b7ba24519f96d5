/**
 * Names of the meeting documents the program writes on request. Like the output sheets, the Vietnamese
 * name is always used when writing; the English one is recognised so it is never read as input.
 */
export const MEETING_SHEETS = {
  summary: { vi: "Bảng tổng hợp", en: "Summary" },
  awards: { vi: "Đề nghị khen thưởng", en: "Award proposal" },
} as const;
