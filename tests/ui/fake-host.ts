import type { Lang } from "../../src/scoring/types";
import type { CalculationHost, InputChange, InsertSampleOutcome, Phase, RecalcOutcome } from "../../src/workbook/host/host";

interface PendingRun {
  lang: Lang;
  progress(phase: Phase): void;
  resolve(outcome: RecalcOutcome): void;
  reject(error: unknown): void;
}

/**
 * A CalculationHost whose recalculations stay pending until the test settles them, so tests can look at
 * the pane mid-run and control when each run ends.
 */
export class FakeHost implements CalculationHost {
  kind: CalculationHost["kind"];
  runs: PendingRun[] = [];
  selectCell = jest.fn(async (_sheet: string, _cell: string) => undefined);
  insertSample = jest.fn(async (_options: { overwrite: boolean }): Promise<InsertSampleOutcome> => ({ status: "inserted", existing: [] }));
  changeListener: ((change?: InputChange) => void) | null = null;
  changes: NonNullable<CalculationHost["changes"]>;
  /** The pane's listener for members selected on Xếp hạng, while subscribed. */
  memberListener: ((code: string) => void) | null = null;
  selection: NonNullable<CalculationHost["selection"]>;

  constructor(options: { changesSupported?: boolean; selectionSupported?: boolean; kind?: CalculationHost["kind"] } = {}) {
    const supported = options.changesSupported ?? true;
    this.kind = options.kind ?? "excel";
    this.selection = {
      supported: options.selectionSupported ?? true,
      start: jest.fn(async (listener: (code: string) => void) => {
        this.memberListener = listener;
      }),
      stop: jest.fn(async () => {
        this.memberListener = null;
      }),
    };
    this.changes = {
      supported,
      start: jest.fn(async (listener: (change?: InputChange) => void) => {
        this.changeListener = listener;
      }),
      stop: jest.fn(async () => {
        this.changeListener = null;
      }),
    };
  }

  recalculate = jest.fn(
    (options: { lang: Lang; onProgress?: (phase: Phase) => void }) =>
      new Promise<RecalcOutcome>((resolve, reject) => {
        this.runs.push({ lang: options.lang, progress: (p) => options.onProgress?.(p), resolve, reject });
      }),
  );

  /** The run in progress (the last one started). */
  get current(): PendingRun {
    const run = this.runs[this.runs.length - 1];
    if (!run) throw new Error("no recalculation was started");
    return run;
  }
}

export function ranked(calculation: RecalcOutcome["calculation"], ms = 840): RecalcOutcome {
  return { status: "ranked", calculation, error: null, stats: { syncs: 4, chunks: 1, ms } };
}

export function blocked(calculation: RecalcOutcome["calculation"]): RecalcOutcome {
  return { status: "blocked", calculation, error: null, stats: { syncs: 3, chunks: 1, ms: 500 } };
}
