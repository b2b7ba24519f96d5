import { words } from "../scoring/vocabulary/words";
import type { Localized } from "../scoring/types";
import { sameSheetNameKey } from "../workbook/output-sheets/extra-sheet-placement";
import type { LostKind, LostPart } from "./write-losses";

const WHAT: Record<LostKind, { vi: (n: number) => string; en: (n: number) => string }> = {
  chartSheet: { vi: () => "trang biểu đồ", en: () => "chart sheet" },
  otherSheet: { vi: () => "trang macro/hộp thoại", en: () => "macro or dialog sheet" },
  chart: { vi: (n) => `${n} biểu đồ`, en: (n) => `${n} chart${n === 1 ? "" : "s"}` },
  shape: { vi: (n) => `${n} hình vẽ/hộp chữ`, en: (n) => `${n} shape${n === 1 ? "" : "s"} or text box${n === 1 ? "" : "es"}` },
  pivotTable: { vi: (n) => `${n} PivotTable`, en: (n) => `${n} PivotTable${n === 1 ? "" : "s"}` },
  slicer: { vi: (n) => `${n} slicer/timeline`, en: (n) => `${n} slicer${n === 1 ? "" : "s"} or timeline${n === 1 ? "" : "s"}` },
  macros: { vi: () => "macro (VBA) của tệp", en: () => "the workbook's macros (VBA)" },
};

const WHOLE_SHEETS: readonly LostKind[] = ["chartSheet", "otherSheet"];

/**
 * The warning for the officer: what the output copy does not have and that the input file still does.
 * Parts on the sheets the program replaced (`replaced`: its own earlier sheets, e.g. a chart Excel drew on
 * Biểu đồ) are not the officer's loss and are left out. Null when nothing is lost.
 */
export function lostPartsNote(lost: readonly LostPart[], replaced: readonly string[], input: string): Localized | null {
  const gone = new Set(replaced.map(sameSheetNameKey));
  const shown = lost.filter((p) => p.sheet === null || !gone.has(sameSheetNameKey(p.sheet)));
  if (shown.length === 0) return null;
  const item = (p: LostPart, lang: "vi" | "en"): string => {
    const what = WHAT[p.kind][lang](p.count);
    if (p.sheet === null) return what;
    if (WHOLE_SHEETS.includes(p.kind)) return `${what} '${p.sheet}'`;
    return words(lang).partOnSheet({ what, sheet: p.sheet });
  };
  return {
    vi:
      `Lưu ý: tệp kết quả không có ${shown.map((p) => item(p, "vi")).join("; ")} — thư viện ghi tệp (ExcelJS) không chép được các phần này. ` +
      `Tệp đầu vào ${input} vẫn còn nguyên chúng (chương trình không bao giờ sửa tệp đầu vào): cần thì chép lại từ tệp đó, hoặc chép các trang kết quả sang tệp đầu vào.`,
    en:
      `Note: the output workbook does not have ${shown.map((p) => item(p, "en")).join("; ")} — the library that writes it (ExcelJS) cannot carry these over. ` +
      `The input file ${input} still has them (the program never modifies it): copy them from there if needed, or copy the result sheets into the input file.`,
  };
}
