import { both } from "../scoring/format";
import { cliWords } from "../scoring/vocabulary/cli-words";
import { words } from "../scoring/vocabulary/words";
import type { Lang, Localized } from "../scoring/types";
import { BATCH_STATUS_LABELS, BATCH_SUMMARY_FILES, firstProblems, problemText, type BatchCounts, type BatchFileEntry } from "../workbook/batch/batch-summary";
import { TITLES } from "../workbook/rendering/labels";

/** The batch command's own sentences (cli-vi.ts), in both languages. */
export const BATCH_TEXT = {
  seeHelp: both((l) => cliWords(l).seeBatchHelp),
  noWorkbooks: (folder: string): Localized => both((l) => cliWords(l).noWorkbooks({ folder })),
  copyRenamed: (name: string, copy: string): Localized => both((l) => cliWords(l).copyRenamed({ name, copy })),
  inputOpen: (name: string): Localized => both((l) => cliWords(l).inputOpen({ name })),
  copyIsInput: (path: string): Localized => both((l) => cliWords(l).copyIsInput({ path })),
};

/** "khoi-17.xlsx — Khối 17, năm 2018: Đã xếp hạng (12 đơn vị)" or the first problem. */
export function batchFileLine(entry: BatchFileEntry, lang: Lang): string {
  const what = [entry.bloc.trim(), entry.year === null ? "" : `${TITLES.year[lang]} ${entry.year}`].filter((s) => s !== "").join(", ");
  const status = BATCH_STATUS_LABELS[entry.status][lang];
  const head = what === "" ? `${entry.file}: ${status}` : `${entry.file} — ${what}: ${status}`;
  if (entry.status === "ranked") return `${head} (${words(lang).batchMembers({ count: entry.units.length })})`;
  const first = firstProblems(entry, 1)[0];
  return first === undefined ? head : `${head} — ${problemText(first)}`;
}

export function batchSummaryLine(counts: BatchCounts, out: string, copies: number, lang: Lang): string {
  const files = counts.ranked + counts.blocked + counts.unreadable;
  const { workbook, json } = BATCH_SUMMARY_FILES;
  return words(lang).batchSummary({ files, ranked: counts.ranked, blocked: counts.blocked, unreadable: counts.unreadable, copies, workbook, json, out });
}
