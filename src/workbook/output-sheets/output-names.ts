/**
 * Names of the sheets the program owns. The reader never reads them as input, the adapters replace
 * only these. Vietnamese names are always used when writing (stable across language switches); the
 * English names are recognised so a sheet written by someone else under that name is replaced too.
 */
export const OUTPUT_SHEETS = {
  ranking: { vi: "Xếp hạng", en: "Ranking" },
  breakdown: { vi: "Chi tiết điểm", en: "Breakdown" },
  checks: { vi: "Kiểm tra", en: "Checks" },
} as const;

export type OutputSheetKey = keyof typeof OUTPUT_SHEETS;
