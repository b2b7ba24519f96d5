import type { Lang, Localized } from "../../scoring/types";
import type { CalculationWithExtras } from "../../workbook/extras/extras";
import type { FileProblem } from "../../xlsx/file-errors";
import type { RankedFile, RankFilePhase } from "../../xlsx/rank-file";

/**
 * The messages between the page and its ranking worker (rank-worker.ts). Everything in them is
 * structured-cloneable: the file's bytes go in and the copy's bytes come back as transferred buffers.
 */
export interface RankRequest {
  bytes: Uint8Array;
  label: string;
  lang: Lang;
  /** Sent as a time, so the worker's calculation is dated exactly as the page's would be. */
  now: number;
}

/** The reader's refusal (a WorkbookFileError, rebuilt on the page) or a bug ("the program failed"). */
export type RankFailure = { kind: "file"; problem: FileProblem; localized: Localized } | { kind: "unexpected"; message: string };

export type RankReply =
  | { type: "phase"; phase: Exclude<RankFilePhase, "writing"> }
  /** The ranking to show, before the copy is written (see shown-calculation.ts for what it holds). */
  | { type: "scored"; calculation: CalculationWithExtras }
  | { type: "written"; outputBytes: Uint8Array; notes: Localized[]; kind: RankedFile["outputKind"] }
  /** Before "scored": the file could not be ranked; after: the copy could not be written. */
  | { type: "failed"; failure: RankFailure };
