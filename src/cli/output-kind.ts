import { extname } from "node:path";
import type { Lang } from "../scoring/types";

/**
 * The copy is the input package with the program's sheets added, so it keeps the input's macros: a
 * macro-enabled workbook must be named .xlsm and a plain one .xlsx, or Excel refuses to open it. Checked
 * once the input has been read (its kind is the package's, whatever its name says), before anything is
 * written. Null when `out` fits.
 */
export function outputKindProblem(out: string, kind: "xlsx" | "xlsm", lang: Lang): string | null {
  const given = extname(out).toLowerCase();
  if (given === `.${kind}`) return null;
  const suggestion = `${out.slice(0, out.length - given.length)}.${kind}`;
  if (kind === "xlsm") {
    return lang === "vi"
      ? `Tệp đầu vào có macro (VBA) và bản kết quả giữ nguyên macro, nên --out phải có đuôi .xlsm (Excel không mở tệp có macro mang đuôi .xlsx). Hãy dùng, ví dụ, --out "${suggestion}".`
      : `The input has macros (VBA) and the copy keeps them, so --out must end in .xlsm (Excel does not open a workbook with macros named .xlsx). Use, for example, --out "${suggestion}".`;
  }
  return lang === "vi"
    ? `Tệp đầu vào không có macro nên bản kết quả là sổ làm việc thường và --out phải có đuôi .xlsx (Excel không mở tệp không có macro mang đuôi .xlsm). Hãy dùng, ví dụ, --out "${suggestion}".`
    : `The input has no macros, so the copy is a plain workbook and --out must end in .xlsx (Excel does not open a macro-free workbook named .xlsm). Use, for example, --out "${suggestion}".`;
}

/** "khoi-17.xlsx" → "khoi-17-xep-hang.xlsx", "khoi-17.xlsm" → "khoi-17-xep-hang.xlsm": the copy keeps the input's kind. */
export function defaultOutputExtension(input: string): ".xlsx" | ".xlsm" {
  return extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
}
