import type { CriterionResult, Lang, Localized } from "../../scoring/types";
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

/**
 * The page's go-ahead for the copy, sent once the ranking is on screen: the worker writes nothing before,
 * so the copy never competes with the page for the processor while the ranking is being shown.
 */
export interface WriteRequest {
  type: "write";
}

export type PageMessage = RankRequest | WriteRequest;

/** The reader's refusal (a WorkbookFileError, rebuilt on the page) or a bug ("the program failed"). */
export type RankFailure = { kind: "file"; problem: FileProblem; localized: Localized } | { kind: "unexpected"; message: string };

export type RankReply =
  | { type: "phase"; phase: Exclude<RankFilePhase, "writing"> }
  /**
   * The ranking to show, each member's criteria empty (see shown-calculation.ts for what it holds); the
   * copy is written after the page's WriteRequest.
   */
  | { type: "scored"; calculation: CalculationWithExtras }
  /** After the page's WriteRequest, before the copy: each member's criteria (the "why each number" breakdown), in the units' order. */
  | { type: "details"; criteria: CriterionResult[][] }
  | { type: "written"; outputBytes: Uint8Array; notes: Localized[]; kind: RankedFile["outputKind"] }
  /** Before "scored": the file could not be ranked; after: the copy could not be written. */
  | { type: "failed"; failure: RankFailure };
