import type { Widen } from "./en";
import type { filesVi } from "./files-vi";

/** Why a workbook file cannot be read or written, in English: the keys of files-vi.ts, checked by the compiler. */
export type FilesVocabulary = Widen<typeof filesVi>;

export const filesEn: FilesVocabulary = {
  missing: (p) => `File not found: "${p.file}". Check the path and the file name.`,
  empty: (p) =>
    `"${p.file}" is empty (0 bytes), so it is not an Excel workbook (.xlsx) yet: it was perhaps not saved completely or a copy failed. Open the original in Excel, save it as an Excel Workbook (.xlsx), then run again.`,
  damaged: (p) =>
    `"${p.file}" is damaged or incomplete (perhaps a copy, download or mail attachment was cut short), so it cannot be read as an Excel workbook (.xlsx). Open it in Excel and save it again (Excel can often repair it), or get the original again, then run again.`,
  damagedPart: (p) =>
    `"${p.file}" is damaged: its part "${p.part}" cannot be read (perhaps a copy, a download or the program that wrote the file failed). Open it in Excel and save it again (Excel can often repair it), or get the original again, then run again.`,
  notWorkbook: (p) => `"${p.file}" is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).`,
  xls: (p) =>
    `"${p.file}" is an old Excel file (.xls); only .xlsx can be read. Open it in Excel, choose File → Save As → Excel Workbook (.xlsx), then run again on the new file.`,
  encrypted: (p) =>
    `"${p.file}" is protected with a password and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, then run again.`,
  unreadable: (p) => `Cannot read "${p.file}"${p.why}. Check the access rights and close the file if another program holds it.`,
  tooLarge: (p) =>
    `"${p.file}" is refused: its part "${p.part}" inflates past the safety limit (perhaps a hostile "zip bomb", or a workbook far too large). If it really is your workbook, open it in Excel, delete the sheets you do not use, save, then run again.`,
  unwritable: (p) => `Cannot write "${p.file}"${p.why}. Check the folder and the write rights, and close the file if it is open in Excel.`,
};
