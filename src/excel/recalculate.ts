import type { Lang, Localized } from "../scoring/types";
import { calculate as calculateGrid, type Calculation } from "../workbook/calculate";
import { existingSheetsOfGrid } from "../workbook/output-sheets/extra-sheet-placement";
import { calculationExtras, type CalculationExtras } from "../workbook/extras/extras";
import type { CalculationHost, InsertSampleOutcome, Phase, RecalcOutcome } from "../workbook/host/host";
import { KHOI_17_SAMPLE } from "../workbook/sample/khoi-17-kien-giang-2018";
import type { SampleSheet } from "../workbook/sample/sample-sheet";
import { officeCapabilities, type Capabilities } from "./capabilities";
import { createChangeWatcher } from "./change-watcher";
import { officeRun, type ExcelRun } from "./excel-run";
import { insertSample } from "./insert-sample";
import { describeOfficeError } from "./office-errors";
import { NO_HINTS, readInputs, type ReadHints } from "./read-workbook";
import { CHANGE_DEBOUNCE_MS, debounce, RecalcQueue, type Timers } from "../workbook/host/recalc-queue";
import { createSelectionWatcher } from "./selection-watcher";
import { readNeed } from "./sheet-names";
import { writeCalculation } from "./write-outputs";

export interface ExcelHostOptions {
  /** Excel.run; the fake's run in tests. */
  run?: ExcelRun;
  capabilities?: Capabilities;
  calculate?: typeof calculateGrid;
  now?: () => Date;
  /** Milliseconds clock for stats and the own-write guard. */
  clock?: () => number;
  timers?: Timers;
  debounceMs?: number;
  /** Request payload budget per write sync (default 4 MB). */
  writeBudgetBytes?: number;
  /** Show Xếp hạng (ranked) or Kiểm tra (blocked) when done: the ribbon command does, the task pane does not. */
  activateResult?: boolean;
  sample?: readonly SampleSheet[];
}

/** Events for the add-in's own writes can arrive after the write's sync returns; treat them as ours this long after. */
export const OWN_WRITE_GRACE_MS = 1500;

/** The CalculationHost of the Excel add-in: the task pane and the ribbon command both go through it. */
export function createExcelHost(options: ExcelHostOptions = {}): CalculationHost {
  const run = options.run ?? officeRun;
  const capabilities = options.capabilities ?? officeCapabilities();
  const calculate = options.calculate ?? calculateGrid;
  const now = options.now ?? (() => new Date());
  const clock = options.clock ?? (() => Date.now());
  let hints: ReadHints = NO_HINTS;
  // Two guards for builds without the change trigger source: any write of ours (sheets added/deleted),
  // and writes of ours to input sheets (only Tạo mẫu). Recalculation writes only program sheets, so an
  // officer's edit of an input sheet right after one must not be mistaken for ours.
  const anyWrite = { active: 0, end: -Infinity };
  const inputWrite = { active: 0, end: -Infinity };
  const guarded = async <T>(guards: { active: number; end: number }[], work: () => Promise<T>): Promise<T> => {
    for (const g of guards) g.active++;
    try {
      return await work();
    } finally {
      for (const g of guards) {
        g.active--;
        g.end = clock();
      }
    }
  };
  const within = (g: { active: number; end: number }) => (): boolean => g.active > 0 || clock() - g.end < OWN_WRITE_GRACE_MS;
  const ownWrite = <T>(work: () => Promise<T>): Promise<T> => guarded([anyWrite], work);
  const ownInputWrite = <T>(work: () => Promise<T>): Promise<T> => guarded([anyWrite, inputWrite], work);
  const isOwnWrite = within(anyWrite);
  const isOwnInputWrite = within(inputWrite);

  const selection = createSelectionWatcher(run, capabilities);

  const recalculateOnce = async (args: { lang: Lang; onProgress?: (phase: Phase) => void }): Promise<RecalcOutcome> => {
    const outcome = await calculateAndWrite(args);
    // Inside the queued job: the next recalculation cannot replace Xếp hạng while the handler moves to the new one.
    // Before the outcome is returned, so the pane never shows a ranking whose rows do not answer a click yet.
    await selection.refresh();
    return outcome;
  };

  const calculateAndWrite = async (args: { lang: Lang; onProgress?: (phase: Phase) => void }): Promise<RecalcOutcome> => {
    const started = clock();
    const stats = { syncs: 0, chunks: 0, ms: 0 };
    let calculation: Calculation | null = null;
    let extras: CalculationExtras | null = null;
    let notes: Localized[] = [];
    try {
      await run(async (context) => {
        countSyncs(context, () => stats.syncs++);
        args.onProgress?.("reading");
        const grid = await readInputs(context, hints);
        args.onProgress?.("scoring");
        const at = now();
        const done = calculate(grid, { lang: args.lang, now: at });
        // The previous calculation comes from the hidden history sheet the read batch loaded.
        const more = calculationExtras(grid, done, { lang: args.lang, now: at });
        calculation = done;
        extras = more;
        args.onProgress?.("writing");
        const blocked = done.result.blocked;
        const written = await ownWrite(() =>
          writeCalculation(context, { outputs: done.outputs, extras: more }, {
            capabilities,
            existingSheets: grid.sheets.map((s) => s.name),
            existingTables: grid.sheets.flatMap((s) => (s.tables ?? []).map((t) => ({ name: t.name, sheet: s.name }))),
            sheets: existingSheetsOfGrid(grid, (name) => readNeed(name) !== "name"),
            budgetBytes: options.writeBudgetBytes,
            activate: options.activateResult ? (blocked ? "checks" : "ranking") : null,
            lang: args.lang,
          }),
        );
        stats.chunks = written.chunks;
        notes = written.notes;
        hints = {
          sheetNames: grid.sheets.map((s) => s.name),
          tableNames: [...new Set([...grid.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name)), ...written.tables])],
        };
      });
      args.onProgress?.("done");
      const done = calculation as Calculation | null;
      const kept = extras as CalculationExtras | null;
      stats.ms = clock() - started;
      return { status: done?.result.blocked ? "blocked" : "ranked", calculation: done, error: null, stats, notes, ...(kept ? { extras: kept } : {}) };
    } catch (error) {
      // The hints may name sheets that no longer exist; the next run starts from the contract's names.
      hints = NO_HINTS;
      stats.ms = clock() - started;
      return { status: "failed", calculation: null, error: describeOfficeError(error), stats };
    }
  };

  const queue = new RecalcQueue(recalculateOnce);
  const watcher = createChangeWatcher({
    run,
    capabilities,
    isOwnWrite,
    isOwnInputWrite,
    debounce: (action) => debounce(action, options.debounceMs ?? CHANGE_DEBOUNCE_MS, options.timers),
  });

  return {
    kind: "excel",
    recalculate: (args) => queue.request(args),
    async selectCell(sheet: string, cell: string) {
      await run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell || "A1").select();
        await context.sync();
      }).catch(() => undefined); // The sheet may have been renamed since the check: nothing to select is not an error.
    },
    async insertSample({ overwrite }): Promise<InsertSampleOutcome> {
      return ownInputWrite(() => run((context) => insertSample(context, options.sample ?? KHOI_17_SAMPLE, overwrite, capabilities)));
    },
    changes: capabilities.changeEvents ? watcher : null,
    selection: capabilities.selectionEvents ? { supported: true, start: selection.start, stop: selection.stop } : null,
  };
}

/** Count every sync of a batch, whichever module makes it. */
function countSyncs(context: Excel.RequestContext, onSync: () => void): void {
  const sync = context.sync.bind(context);
  context.sync = (<T>(passThroughValue?: T) => {
    onSync();
    return sync(passThroughValue);
  }) as typeof context.sync;
}
