import { officeCapabilities, type Capabilities } from "../excel/capabilities";
import type { CalculationHost } from "../workbook/host/host";

export interface LazyHostOptions {
  /** Loads the Excel adapter (scoring core, workbook reader, writers, sample): a separate chunk. */
  load?: () => Promise<CalculationHost>;
  capabilities?: Capabilities;
}

const loadExcelHost = () => import(/* webpackChunkName: "engine" */ "../excel/recalculate").then((m) => m.createExcelHost());

/**
 * The Excel host, with the calculation engine downloaded after the pane's first paint instead of before
 * it. Only whether change and selection events exist is needed at once (the auto switch), and those are
 * requirement set probes; everything else waits for the engine chunk, which loads once and is shared.
 */
export function createLazyExcelHost(options: LazyHostOptions = {}): CalculationHost & { preload(): Promise<void> } {
  const load = options.load ?? loadExcelHost;
  const capabilities = options.capabilities ?? officeCapabilities();
  let engine: Promise<CalculationHost> | null = null;
  const host = () =>
    (engine ??= load().catch((error: unknown) => {
      engine = null;
      throw error;
    }));
  return {
    kind: "excel",
    preload: () => host().then(() => undefined),
    recalculate: async (args) => (await host()).recalculate(args),
    selectCell: async (sheet, cell) => (await host()).selectCell?.(sheet, cell),
    insertSample: async (args) => {
      const loaded = await host();
      if (!loaded.insertSample) throw new Error("insertSample is not available");
      return loaded.insertSample(args);
    },
    // Offered from the requirement sets alone; nothing was started before the engine loaded, so stopping
    // then has nothing to stop (and no reason to load it).
    changes: capabilities.changeEvents ? lazyEvents(host, () => engine, (h) => h.changes) : null,
    selection: capabilities.selectionEvents ? lazyEvents(host, () => engine, (h) => h.selection) : null,
  };
}

interface Events<L> {
  supported: boolean;
  start(listener: L): Promise<void>;
  stop(): Promise<void>;
}

/** Change or selection events of the engine, which starting them loads and stopping them never does. */
function lazyEvents<L>(
  host: () => Promise<CalculationHost>,
  loaded: () => Promise<CalculationHost> | null,
  events: (engine: CalculationHost) => Events<L> | null | undefined,
): Events<L> {
  return {
    supported: true,
    start: async (listener) => events(await host())?.start(listener),
    stop: async () => {
      const engine = loaded();
      return engine ? events(await engine)?.stop() : undefined;
    },
  };
}
