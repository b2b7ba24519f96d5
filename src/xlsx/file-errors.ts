import type { Localized } from "../scoring/types";
import { filesEn, type FilesVocabulary } from "../scoring/vocabulary/files-en";
import { filesVi } from "../scoring/vocabulary/files-vi";

export type FileProblem = "missing" | "empty" | "damaged" | "not-workbook" | "xls" | "encrypted" | "unreadable" | "unwritable" | "too-large";

/**
 * A workbook file the program cannot use, with a message for the officer (what is wrong and what to
 * do). The command line prints `message` only: never a stack trace.
 */
export class WorkbookFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = "WorkbookFileError";
  }
}

/** " (<detail>)" after the file's name, or nothing. */
const why = (detail: string): string => (detail ? ` (${detail})` : "");

/** Each problem's sentence (files-vi.ts) from the file's name and the detail the reader gave. */
const SENTENCES: Record<FileProblem, (w: FilesVocabulary, file: string, detail: string) => string> = {
  missing: (w, file) => w.missing({ file }),
  empty: (w, file) => w.empty({ file }),
  // A zip whose directory is whole but one part cannot be read: the message names the part (with what is wrong).
  damaged: (w, file, detail) => (detail ? w.damagedPart({ file, part: detail }) : w.damaged({ file })),
  "not-workbook": (w, file) => w.notWorkbook({ file }),
  xls: (w, file) => w.xls({ file }),
  encrypted: (w, file) => w.encrypted({ file }),
  unreadable: (w, file, detail) => w.unreadable({ file, why: why(detail) }),
  "too-large": (w, file, detail) => w.tooLarge({ file, part: detail }),
  unwritable: (w, file, detail) => w.unwritable({ file, why: why(detail) }),
};

export function fileError(problem: FileProblem, file: string, detail = ""): WorkbookFileError {
  const sentence = SENTENCES[problem];
  return new WorkbookFileError(problem, { vi: sentence(filesVi, file, detail), en: sentence(filesEn, file, detail) });
}
