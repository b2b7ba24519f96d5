import type { Lang } from "../scoring/types";
import { batchJson, readEntry, unreadableEntry, type BatchFileEntry, type BatchJson } from "../workbook/batch/batch-summary";
import { renderBatchSummary } from "../workbook/batch/render-batch-summary";
import { WorkbookFileError, fileError } from "../xlsx/file-errors";
import { rankWorkbookFile } from "../xlsx/rank-file";
import { singleSheetWorkbook } from "../xlsx/summary-workbook";
import { downloadName } from "./download-name";
import type { WorkbookSource } from "./file-host";
import { webEngine } from "./web-engine";
import { webTranslator } from "./web-text";

export interface BatchCopy {
  /** The file it was made from. */
  file: string;
  /** The name to download it under ("khoi-17-xep-hang.xlsx", as for one file). */
  fileName: string;
  bytes: Uint8Array;
}

export interface WebBatch {
  entries: BatchFileEntry[];
  /** One per file that could be read (ranked or blocked), in the entries' order. */
  copies: BatchCopy[];
  /** tong-hop.xlsx. */
  summary: Uint8Array;
  json: BatchJson;
}

export interface RankFilesOptions {
  lang: Lang;
  now: Date;
  /** Before each file: 1-based index, count, name. */
  onFile?: (index: number, count: number, name: string) => void;
}

/**
 * Several files dropped at once, as `npm run batch` does a folder: each through rankWorkbookFile, one bad
 * file never stopping the others; the same summary entries and tong-hop.xlsx. Files are taken in name
 * order, like the command line's folder listing.
 */
export async function rankFiles(sources: readonly WorkbookSource[], options: RankFilesOptions): Promise<WebBatch> {
  const { lang, now } = options;
  const sorted = [...sources].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const entries: BatchFileEntry[] = [];
  const copies: BatchCopy[] = [];
  for (const [i, source] of sorted.entries()) {
    options.onFile?.(i + 1, sorted.length, source.name);
    // Let the page paint the progress: each file is one long synchronous block.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const bytes = await readSource(source);
      const ranked = await rankWorkbookFile(bytes, { label: source.name, lang, now, engine: webEngine() });
      const { json, result } = ranked.calculation;
      entries.push(readEntry(source.name, json, result.blocked));
      copies.push({ file: source.name, fileName: downloadName(source.name, ranked.outputKind), bytes: ranked.outputBytes });
    } catch (error) {
      entries.push(
        error instanceof WorkbookFileError
          ? unreadableEntry(source.name, error.problem, error.localized[lang])
          : unreadableEntry(source.name, "unexpected", webTranslator(lang)("unexpected", { detail: error instanceof Error ? error.message : String(error) })),
      );
    }
  }
  const summary = await singleSheetWorkbook(renderBatchSummary(entries, { lang, now }), webEngine());
  return { entries, copies, summary, json: batchJson(entries) };
}

async function readSource(source: WorkbookSource): Promise<Uint8Array> {
  try {
    return new Uint8Array(await source.arrayBuffer());
  } catch (error) {
    throw fileError("unreadable", source.name, error instanceof Error ? error.message : String(error));
  }
}
