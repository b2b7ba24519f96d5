import { explainVi } from "./explain-vi";
import { issuesVi } from "./issues-vi";
import { readerVi } from "./reader-vi";

/**
 * The sentences of the engine's messages and explanations, in Vietnamese: the reference table for
 * messages-en.ts (same keys, checked by the compiler and tests/scoring/vocabulary.test.ts). Kept apart
 * from vi.ts so that the task pane's first download carries only the short words of its first screen;
 * these sentences travel with the reading and scoring code that builds them.
 */
export const messagesVi = {
  /** Where a reader's message points: "Trang "Chỉ tiêu", ô H7". */
  whereSheet: (p: { sheet: string }) => `Trang "${p.sheet}"`,
  whereCell: (p: { sheet: string; cell: string }) => `Trang "${p.sheet}", ô ${p.cell}`,
  /** Separator of a list of numbers inside a sentence (the decimal comma rules out ", "). */
  numberListSeparator: "; ",
  noScore: (p: { standard: string }) => `Chưa có điểm → 0 / ${p.standard}`,
  noDescription: "(không ghi nội dung)",
  tieBreak: (p: { neighbour: string; above: boolean; breaker: string; higher: boolean; mine: string; theirs: string }) =>
    `Bằng tỷ lệ % với ${p.neighbour}; ${p.above ? "xếp trên" : "xếp dưới"} do ${p.breaker} ${p.higher ? "cao hơn" : "thấp hơn"} (${p.mine} so với ${p.theirs})`,
  outputNeedsXlsm: (p: { suggestion: string }) =>
    `Tệp đầu vào có macro (VBA) và bản kết quả giữ nguyên macro, nên --out phải có đuôi .xlsm (Excel không mở tệp có macro mang đuôi .xlsx). Hãy dùng, ví dụ, --out "${p.suggestion}".`,
  outputNeedsXlsx: (p: { suggestion: string }) =>
    `Tệp đầu vào không có macro nên bản kết quả là sổ làm việc thường và --out phải có đuôi .xlsx (Excel không mở tệp không có macro mang đuôi .xlsm). Hãy dùng, ví dụ, --out "${p.suggestion}".`,
  /** The hidden history sheet (`sheet`) could not be read at all, or some of its rows (`rows`, a list). */
  historyCorrupt: (p: { sheet: string }) =>
    `Trang '${p.sheet}' (lịch sử tính điểm) bị hỏng hoặc đã bị sửa tay nên không đọc được: lịch sử được bắt đầu lại từ lần tính này.`,
  historyRowsCorrupt: (p: { sheet: string; rows: string }) =>
    `Trang '${p.sheet}': không đọc được dòng ${p.rows} (bị hỏng hoặc sửa tay); các lần tính đó bị bỏ khỏi lịch sử, các lần khác vẫn giữ.`,
  /** The program wrote its sheet to `written` beside the officer's own sheet named `kept`. */
  keptOfficerSheet: (p: { kept: string; written: string }) =>
    `Trang '${p.kept}' là của cán bộ (không phải do chương trình tạo) nên được giữ nguyên; chương trình ghi trang của mình vào '${p.written}'. Muốn dùng tên '${p.kept}' cho kết quả, hãy đổi tên hoặc xóa trang đó rồi tính lại.`,
  /** The scoring core's issues (a table of its own: issues-vi.ts). */
  issue: issuesVi,
  /** The workbook reader's (reader-vi.ts). */
  read: readerVi,
  /** How each number was computed (explain-vi.ts). */
  explain: explainVi,
};
