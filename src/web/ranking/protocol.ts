import type { CriterionResult, Lang, Localized } from "../../scoring/types";
import type { Calculation } from "../../workbook/calculate";
import type { CalculationExtras } from "../../workbook/extras/extras";
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

/**
 * The calculation the page holds: the ranking first, without its extras (the comparison with the last
 * calculation, the kept calculations), which follow with the criteria (details.ts puts them in place); on
 * the page's own thread it has them at once.
 */
export type ShownCalculation = Calculation & { extras?: CalculationExtras };

/** What follows the ranking, after the page's go-ahead (see WriteRequest). */
export interface ShownDetails {
  /** Each member's criteria (the "why each number" breakdown), in the units' order. */
  criteria: CriterionResult[][];
  /** The history's part the App shows (its comparison, warning and kept calculations), trimmed as shown-calculation.ts says. */
  extras: CalculationExtras;
}

export type RankReply =
  | { type: "phase"; phase: Exclude<RankFilePhase, "writing"> }
  /**
   * The ranking to show, sent before the history is recorded, each member's criteria empty (see
   * shown-calculation.ts for what it holds); the rest comes after the page's WriteRequest.
   */
  | { type: "scored"; calculation: Calculation }
  /** After the page's WriteRequest, before the copy. */
  | ({ type: "details" } & ShownDetails)
  | { type: "written"; outputBytes: Uint8Array; notes: Localized[]; kind: RankedFile["outputKind"] }
  /** Before "scored": the file could not be ranked; after: the copy could not be written. */
  | { type: "failed"; failure: RankFailure };
