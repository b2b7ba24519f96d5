/**
 * How each number was computed (scoring/explain.ts: Chi tiết điểm's Cách tính, the pane's breakdown,
 * notes under Xếp hạng), in Vietnamese: the reference table for explain-en.ts. Numbers arrive written
 * in the language.
 */
export const explainVi = {
  emptyPlan: "trống",
  planZero: (p: { plan: string }) => `Kế hoạch ${p.plan}: không tính được tỷ lệ → 0`,
  fullBonus: (p: { result: string }) => `P/A: thực hiện 0 → ${p.result}`,
  zero: (p: { actual: string; result: string }) => `Bằng 0: thực hiện ${p.actual} → ${p.result}`,
  passed: (p: { result: string }) => `Đạt → ${p.result}`,
  notPassed: (p: { result: string }) => `Không đạt → ${p.result}`,
  ratio: (p: { formula: string; ratio: string; result: string }) => `${p.formula} = ${p.ratio} % → ${p.result}`,
  noTargets: (p: { required: number }) => `Chưa có chỉ tiêu (cần ${p.required}) → 0`,
  targetsSum: (p: { count: string; terms: string; sum: string; missing: number }) =>
    `${p.count} chỉ tiêu: ${p.terms} = ${p.sum}${p.missing > 0 ? ` (thiếu ${p.missing} chỉ tiêu → 0)` : ""}`,
  scoreKind: { agreed: "Điểm thống nhất", verified: "Điểm khối chấm", self: "Điểm tự chấm" },
  alternativeNone: (p: { group: string }) => `Nhóm thay thế '${p.group}': chưa có số liệu → 0`,
  cchcReason: (p: { rating: string }) => `Cộng điểm CCHC: xếp loại ${p.rating}`,
  sectorReason: (p: { rating: string }) => `Cộng điểm xếp loại ngành: ${p.rating}`,
  notParticipating: "Không tham gia",
  tiedNote: "Đồng hạng — khối bình xét, biểu quyết",
  violation: {
    "no-flag": (p: { what: string }) => `Không xét Cờ do vi phạm: ${p.what}`,
    "no-award": (p: { what: string }) => `Không khen thưởng do vi phạm: ${p.what}`,
    "rank-last": (p: { what: string }) => `Xếp cuối do vi phạm: ${p.what}`,
  },
  /** What broke a tie of percents (tieBreak in messages-vi.ts). */
  breakerSection: (p: { section: string }) => `điểm Nội dung ${p.section}`,
  breakerBase: "điểm gốc (không tính điểm thưởng chỉ tiêu)",
  breakerDeduction: "điểm trừ",
  rankLast: (p: { neighbour: string }) => `Xếp dưới ${p.neighbour} do vi phạm (Xếp cuối)`,
};
