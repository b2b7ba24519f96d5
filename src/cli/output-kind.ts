import { extname } from "node:path";
import type { Lang } from "../scoring/types";
import { messageWords } from "../scoring/vocabulary/message-words";

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
    return messageWords(lang).outputNeedsXlsm({ suggestion });
  }
  return messageWords(lang).outputNeedsXlsx({ suggestion });
}

/** "khoi-17.xlsx" → "khoi-17-xep-hang.xlsx", "khoi-17.xlsm" → "khoi-17-xep-hang.xlsm": the copy keeps the input's kind. */
export function defaultOutputExtension(input: string): ".xlsx" | ".xlsm" {
  return extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
}
