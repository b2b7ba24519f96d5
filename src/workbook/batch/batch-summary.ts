import type { Localized } from "../../scoring/types";
import { inBothByKey } from "../../scoring/vocabulary/words";
import type { ResultJson, ResultJsonIssue, ResultJsonUnit } from "../rendering/result-json";

/**
 * The province batch's summary (workbook contract, "Province batch"): one entry per workbook of the folder,
 * whatever happened to it. Pure, shared by the command line (npm run batch) and the web page's several files.
 */
export type BatchStatus = "ranked" | "blocked" | "unreadable";

export interface BatchFileEntry {
  file: string;
  bloc: string;
  year: number | null;
  status: BatchStatus;
  /** As in the result JSON (empty when blocked or unreadable). */
  units: ResultJsonUnit[];
  /** As in the result JSON; for an unreadable file, one error saying why (sheet and cell empty). */
  issues: ResultJsonIssue[];
}

/** tong-hop.json. */
export interface BatchJson {
  files: BatchFileEntry[];
}

/** The file names of the batch's summary, beside the ranked copies. */
export const BATCH_SUMMARY_FILES = { workbook: "tong-hop.xlsx", json: "tong-hop.json" } as const;

/** A workbook that was read: ranked, or blocked by errors in its data. */
export function readEntry(file: string, json: ResultJson, blocked: boolean): BatchFileEntry {
  return { file, bloc: json.bloc, year: json.year, status: blocked ? "blocked" : "ranked", units: json.units, issues: json.issues };
}

/**
 * A file that is not a usable workbook (.xls, damaged, not a zip, cannot be read): `problem` is the reader's
 * kind of problem (WorkbookFileError.problem), `message` what to do, in the batch's language.
 */
export function unreadableEntry(file: string, problem: string, message: string): BatchFileEntry {
  return { file, bloc: "", year: null, status: "unreadable", units: [], issues: [{ severity: "error", sheet: "", cell: "", code: `file-${problem}`, message }] };
}

export function batchJson(entries: readonly BatchFileEntry[]): BatchJson {
  return { files: [...entries] };
}

/** The problems worth a summary row: errors before warnings, at most `count`. */
export function firstProblems(entry: BatchFileEntry, count = 3): ResultJsonIssue[] {
  const errors = entry.issues.filter((i) => i.severity === "error");
  const warnings = entry.issues.filter((i) => i.severity !== "error");
  return [...errors, ...warnings].slice(0, count);
}

/** "Chỉ tiêu!H7: …" — where, then what. */
export function problemText(issue: ResultJsonIssue): string {
  const where = issue.sheet === "" ? "" : issue.cell === "" ? `${issue.sheet}: ` : `${issue.sheet}!${issue.cell}: `;
  return `${where}${issue.message}`;
}

export const BATCH_STATUS_LABELS: Record<BatchStatus, Localized> = inBothByKey((w) => w.batchStatus);

export interface BatchCounts {
  ranked: number;
  blocked: number;
  unreadable: number;
}

export function batchCounts(entries: readonly BatchFileEntry[]): BatchCounts {
  const counts: BatchCounts = { ranked: 0, blocked: 0, unreadable: 0 };
  for (const entry of entries) counts[entry.status]++;
  return counts;
}
