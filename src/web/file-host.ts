import type { Lang, Localized } from "../scoring/types";
import type { CalculationHost, InputChange, InsertSampleOutcome, Phase, RecalcOutcome } from "../workbook/host/host";
import { WorkbookFileError, fileError } from "../xlsx/file-errors";
import { downloadName } from "./download-name";
import type { RankFilesOptions, WebBatch } from "./batch-files";
import { rankShownFirst, type StartRankWorker } from "./ranking/rank-client";
import { webInBoth } from "./web-text";

/**
 * A newly opened file is whole: the App must not wait for the quiet period that gathers a burst of cell
 * edits in Excel (1 s) before ranking it.
 */
const OPENED: InputChange = { immediate: true };

/** A file the officer dropped or picked (a browser File), or the bundled sample. */
export interface WorkbookSource {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface OpenedFile {
  name: string;
  size: number;
}

/** The workbook of the last calculation, to download. */
export interface ResultFile {
  /** By the input's type while the copy is written; .xlsm once written when the copy keeps the input's macros. */
  fileName: string;
  /** null while the workbook is still being written (the ranking is already on screen). */
  bytes: Uint8Array | null;
  /** The workbook could not be written: what went wrong. */
  error: Localized | null;
  /** blocked: only Kiểm tra was written (Xếp hạng and Chi tiết điểm are the file's own, if any). */
  status: "ranked" | "blocked";
  /**
   * What the officer should know about the downloaded copy, known once it is written (empty before): their
   * own sheet kept under a program sheet's name and where ours went, and what the copy lacks of the opened
   * file (chart sheets, PivotTables…), which the opened file still has. Shown beside the download button.
   */
  notes: Localized[];
}

export interface FileHostSnapshot {
  file: OpenedFile | null;
  /** null before a calculation of the current file, or when it failed. */
  result: ResultFile | null;
}

export interface FileHostOptions {
  /**
   * Starts the ranking worker (index.tsx: src/web/ranking/rank-worker.ts). Without it, or when it cannot
   * start, files are ranked on the page's own thread (ranking/rank-client.ts).
   */
  startWorker?: StartRankWorker;
  /** The bundled Khối 17 workbook; without it the page offers no "Tạo mẫu". */
  loadSample?: () => Promise<WorkbookSource>;
  now?: () => Date;
}

interface CurrentFile {
  name: string;
  /** Read once when opened: a File re-read after Excel saved over it fails in Chromium. */
  bytes: Uint8Array | null;
  readError: string | null;
}

/**
 * The CalculationHost of the standalone page: the "workbook" is a file held in memory. Nothing leaves the
 * browser. Opening a file counts as an input change, calculated at once (a subscriber that arrives after the
 * file was opened, before it was calculated, hears of it too);
 * the result is kept as bytes for the download button.
 */
export class FileHost implements CalculationHost {
  readonly kind = "file" as const;
  readonly changes: NonNullable<CalculationHost["changes"]>;
  readonly insertSample?: (options: { overwrite: boolean }) => Promise<InsertSampleOutcome>;

  private current: CurrentFile | null = null;
  /** Counts calculations, so a slow write never publishes over a later calculation's result. */
  private runs = 0;
  private writing: Promise<void> = Promise.resolve();
  private snapshot: FileHostSnapshot = { file: null, result: null };
  private readonly listeners = new Set<() => void>();
  private onInputChanged: ((change?: InputChange) => void) | null = null;
  /** A file was opened and not calculated yet: told to the next subscriber too (the page remounts the App per file). */
  private unannounced = false;
  private readonly startWorker: StartRankWorker | undefined;
  /**
   * Counts the times the shown calculation gained what the App shows or had already read as missing (the
   * changes since the last calculation, which follow the ranking from the worker; a member's breakdown
   * opened in the instant before its criteria came): the page draws the App again when it changes (WebPage).
   */
  get redraws(): number {
    return this.redrawCount;
  }
  private redrawCount = 0;
  private readonly now: () => Date;

  constructor(options: FileHostOptions = {}) {
    this.startWorker = options.startWorker;
    this.now = options.now ?? (() => new Date());
    this.changes = {
      supported: true,
      start: async (onInputChanged) => {
        this.onInputChanged = onInputChanged;
        if (this.unannounced) onInputChanged(OPENED);
      },
      stop: async () => {
        this.onInputChanged = null;
      },
    };
    const { loadSample } = options;
    if (loadSample) {
      // The officer's file is never modified, so replacing the open file by the sample loses nothing.
      this.insertSample = async () => {
        await this.open(await loadSample(), { announce: false });
        return { status: "inserted", existing: [] };
      };
    }
  }

  /**
   * Makes `source` the current file. `announce` (default true) tells the App the input changed; the
   * sample is not announced because the App recalculates right after inserting it.
   */
  async open(source: WorkbookSource, options: { announce?: boolean } = {}): Promise<void> {
    let file: CurrentFile;
    try {
      file = { name: source.name, bytes: new Uint8Array(await source.arrayBuffer()), readError: null };
    } catch (error) {
      file = { name: source.name, bytes: null, readError: error instanceof Error ? error.message : String(error) };
    }
    this.current = file;
    this.publish({ file: { name: file.name, size: file.bytes?.length ?? 0 }, result: null });
    this.unannounced = options.announce !== false;
    if (this.unannounced) this.onInputChanged?.(OPENED);
  }

  getSnapshot = (): FileHostSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Resolves as soon as the file is scored, so the App shows the ranking at once; the workbook to download
   * is written afterwards (a few seconds for hundreds of members) and published when ready.
   */
  async recalculate(options: { lang: Lang; onProgress?: (phase: Phase) => void }): Promise<RecalcOutcome> {
    const started = Date.now();
    const file = this.current;
    const run = ++this.runs;
    // A file opened, or a calculation started, while this one ran must not receive this one's result.
    const isLatest = () => file === this.current && run === this.runs;
    if (file === this.current) this.unannounced = false;
    const failed = (error: Localized): RecalcOutcome => {
      if (isLatest()) this.publish({ ...this.snapshot, result: null });
      return { status: "failed", calculation: null, error, stats: { syncs: 0, chunks: 0, ms: Date.now() - started } };
    };
    if (!file) return failed(webInBoth("noFile"));
    if (!file.bytes) return failed(fileError("unreadable", file.name, file.readError ?? "").localized);
    try {
      const { calculation, details, written } = await rankShownFirst(
        file.bytes,
        {
          label: file.name,
          lang: options.lang,
          now: this.now(),
          // The ranking is on screen while the copy is written: the download button shows that wait, not the App.
          onProgress: async (phase) => {
            if (phase === "writing") return;
            options.onProgress?.(phase);
            await paint();
          },
        },
        this.startWorker,
      );
      void details.then((redraw) => {
        if (!redraw || !isLatest()) return;
        this.redrawCount++;
        this.publish(this.snapshot);
      });
      const status = calculation.result.blocked ? "blocked" : "ranked";
      const pending: ResultFile = { fileName: downloadName(file.name), bytes: null, error: null, status, notes: [] };
      if (isLatest()) this.publish({ ...this.snapshot, result: pending });
      this.writing = written.then(
        ({ outputBytes, notes, kind }) => isLatest() && this.publish({ ...this.snapshot, result: { ...pending, fileName: downloadName(file.name, kind), bytes: outputBytes, notes } }),
        (error: unknown) => isLatest() && this.publish({ ...this.snapshot, result: { ...pending, error: unexpected(error) } }),
      ).then(() => undefined);
      options.onProgress?.("done");
      return { status, calculation, error: null, stats: { syncs: 0, chunks: 0, ms: Date.now() - started } };
    } catch (error) {
      return failed(error instanceof WorkbookFileError ? error.localized : unexpected(error));
    }
  }

  /**
   * Several files dropped at once (the province summary, as `npm run batch`): each ranked through
   * rankWorkbookFile, one bad file never stopping the others. The current file is left as it was.
   */
  async rankSeveral(sources: readonly WorkbookSource[], options: { lang: Lang; onFile?: RankFilesOptions["onFile"] }): Promise<WebBatch> {
    // Loaded when several files are dropped: the page's first download holds no reader or writer.
    const { rankFiles } = await import(/* webpackChunkName: "rank-file" */ "./batch-files");
    return rankFiles(sources, { lang: options.lang, now: this.now(), onFile: options.onFile });
  }

  /** Resolves when the workbook of the last calculation is written (or could not be). */
  whenWritten(): Promise<void> {
    return this.writing;
  }

  private publish(next: FileHostSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

/** On the main thread each step is one long synchronous block: yield once so the browser can paint what was just announced. */
function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function unexpected(error: unknown): Localized {
  return webInBoth("unexpected", { detail: error instanceof Error ? error.message : String(error) });
}
