import type { RankedFile } from "../xlsx/rank-file";

export type CopyKind = RankedFile["outputKind"];

/**
 * "khoi-17.xlsx" → "khoi-17-xep-hang.xlsx", the command line's default output name (src/cli/run.ts); a copy
 * that keeps the input's macros is named .xlsm (Excel refuses to open a macro-enabled workbook named .xlsx).
 * `kind` is the written copy's (rankWorkbookFile's outputKind); before it is written, the input's own type.
 */
export function downloadName(fileName: string, kind: CopyKind = kindOfName(fileName)): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "ket-qua";
  return `${base}-xep-hang.${kind}`;
}

/** The type a file's name says it is: "xlsm" for an .xlsm (any case), "xlsx" otherwise. */
export function kindOfName(fileName: string): CopyKind {
  return /\.xlsm$/i.test(fileName) ? "xlsm" : "xlsx";
}
