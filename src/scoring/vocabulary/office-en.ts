import type { Widen } from "./en";
import type { officeVi } from "./office-vi";

/** Office errors in English: the keys of office-vi.ts, checked by the compiler. */
export type OfficeVocabulary = Widen<typeof officeVi>;

export const officeEn: OfficeVocabulary = {
  officeCode: {
    RequestPayloadSizeLimitExceeded: "The data sent to Excel passed Excel on the web's 5 MB limit. Remove sheets you do not need, or open the workbook in desktop Excel, then recalculate.",
    InvalidOperationInCellEditMode: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then recalculate.",
    AccessDenied: "Excel refused to write: the workbook or a sheet is protected, or the file is read-only. Unprotect it (Review → Unprotect) and recalculate.",
    ItemAlreadyExists: "A sheet or table already has the name of an output sheet (Xếp hạng, Chi tiết điểm, Kiểm tra). Rename it and recalculate.",
    ApiNotFound: "This Excel version lacks a function the add-in needs. Update Office (File → Account → Update Options) and try again.",
  },
  officeUnknown: (p) => `The ranking could not be calculated because of an Excel error (${p.code}: ${p.detail}). Save the workbook, restart Excel and recalculate.`,
  officeNoCode: "no code",
};
