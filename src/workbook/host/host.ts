import type { Lang, Localized } from "../../scoring/types";
import type { Calculation } from "../calculate";
import type { CalculationExtras } from "../extras/extras";

/**
 * What the task pane needs from wherever the workbook lives: Excel through Office.js (src/excel) or a
 * file opened in the browser (the standalone page). The UI depends on this port only, never on Office.js.
 */
export type Phase = "reading" | "scoring" | "writing" | "done";

export interface RecalcOutcome {
  /** ranked: output sheets written; blocked: errors, only Kiểm tra written, previous ranking kept; failed: the program could not run. */
  status: "ranked" | "blocked" | "failed";
  calculation: Calculation | null;
  /** For "failed": what went wrong and what to do. */
  error: Localized | null;
  stats: { syncs: number; chunks: number; ms: number };
  /**
   * Optional (added for the history, comparison and chart): the program sheets beyond the contract's for
   * this calculation. extras.comparison says what changed since the previous calculation (cells with old →
   * new, each member's effect; null on the first one), extras.snapshots lists the kept calculations
   * (oldest first, this one last), extras.chart?.data is the chart (null when blocked). Set whenever
   * calculation is; absent for "failed" and from hosts that do not keep a history.
   */
  extras?: CalculationExtras;
  /**
   * Optional (added for the writers' notes): what the officer should know about what was written, not a
   * problem with the data, e.g. their own sheet 'Bảng tổng hợp' kept and the program's written to
   * 'Bảng tổng hợp (2)'. Shown after the run as information. Absent or empty when there is nothing to say;
   * the standalone page's notes are about the download and are shown beside its button instead.
   */
  notes?: Localized[];
}

export interface InsertSampleOutcome {
  status: "inserted" | "exists";
  /** Input sheets that already exist (when status is "exists"). */
  existing: string[];
}

/**
 * Optional detail a host gives with an input change (added for the standalone page). `immediate`: recalculate
 * at once rather than after the quiet period that gathers a burst of cell edits into one run; a newly
 * opened file is complete, there is no further edit to wait for.
 */
export interface InputChange {
  immediate?: boolean;
}

export interface CalculationHost {
  kind: "excel" | "file";
  recalculate(options: { lang: Lang; onProgress?: (phase: Phase) => void }): Promise<RecalcOutcome>;
  /** Select a cell so the officer can fix it (Excel only). */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Insert the contract's input sheets with the Khối 17 sample; never over existing sheets unless overwrite. */
  insertSample?(options: { overwrite: boolean }): Promise<InsertSampleOutcome>;
  /** Change events: null when the requirement set lacks them (the switch is then disabled with a message). */
  changes?: {
    supported: boolean;
    /** Calls onInputChanged for edits to input sheets only (never for the program's own writes); `change` is optional. */
    start(onInputChanged: (change?: InputChange) => void): Promise<void>;
    stop(): Promise<void>;
  } | null;
  /**
   * Optional (added for "why each number"): the officer selecting a member's row on the Xếp hạng sheet.
   * Calls onMember with that row's Mã đơn vị, as written in the cell; title, header and empty rows and every
   * other sheet are ignored. Null when the requirement set lacks selection events; absent for files.
   */
  selection?: MemberSelection | null;
}

export interface MemberSelection {
  supported: boolean;
  start(onMember: (code: string) => void): Promise<void>;
  stop(): Promise<void>;
}
