import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import type { Debounced } from "../workbook/host/recalc-queue";
import { isProgramSheet } from "../workbook/history/history-names";

export interface ChangeWatcherDeps {
  run: ExcelRun;
  capabilities: Capabilities;
  /** True while (and shortly after) the add-in writes: sheets it adds or deletes must not start a recalculation. */
  isOwnWrite: () => boolean;
  /** The same for the add-in's writes to input sheets (Tạo mẫu): a cell change then is not the officer's. */
  isOwnInputWrite: () => boolean;
  /** Wraps the notification so a burst of edits calls it once. */
  debounce: (action: () => void) => Debounced;
}

interface ChangeEvent {
  worksheetId: string;
  triggerSource?: string;
}

export interface ChangeWatcher {
  supported: boolean;
  start(onInputChanged: () => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Watches the input sheets (Worksheet.onChanged, worksheets.onAdded/onDeleted: ExcelApi 1.7).
 * Office fires onChanged for the add-in's own writes too, so three filters keep a recalculation from
 * triggering itself: the program's sheets (outputs, meeting documents, chart, history) get no handler at all; on ExcelApi 1.14 events whose triggerSource
 * is "ThisLocalAddin" are dropped; on older builds a guard flag covers the add-in's own writes.
 * Events can be late or dropped: they only schedule a recalculation, which re-reads the workbook.
 */
export function createChangeWatcher(deps: ChangeWatcherDeps): ChangeWatcher {
  const { run, capabilities } = deps;
  let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  let inputSheets = new Map<string, string>();
  let notify: Debounced | null = null;

  // Where the trigger source exists it is the whole answer; the time-based guards are for older builds.
  const ours = (event: ChangeEvent, guard: () => boolean): boolean =>
    capabilities.triggerSource ? event.triggerSource === "ThisLocalAddin" : guard();

  const onSheetChanged = async (event: ChangeEvent): Promise<void> => {
    if (!ours(event, deps.isOwnInputWrite) && inputSheets.has(event.worksheetId)) notify?.trigger();
  };

  const watchSheet = (sheet: Excel.Worksheet, id: string, name: string): void => {
    if (isProgramSheet(name)) return;
    inputSheets.set(id, name);
    handlers.push(sheet.onChanged.add(onSheetChanged) as OfficeExtension.EventHandlerResult<unknown>);
  };

  const onAdded = async (event: ChangeEvent): Promise<void> => {
    if (ours(event, deps.isOwnWrite) || !notify) return;
    // The event carries only the id: one small batch to learn the name (an input sheet may have been added).
    const name = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(event.worksheetId).load("name");
      await context.sync();
      if (!isProgramSheet(sheet.name)) {
        watchSheet(sheet, event.worksheetId, sheet.name);
        await context.sync();
      }
      return sheet.name;
    }).catch(() => null);
    if (name !== null && !isProgramSheet(name)) notify?.trigger();
  };

  const onDeleted = async (event: ChangeEvent): Promise<void> => {
    if (ours(event, deps.isOwnWrite) || !inputSheets.delete(event.worksheetId)) return;
    notify?.trigger();
  };

  return {
    supported: capabilities.changeEvents,
    async start(onInputChanged) {
      if (!capabilities.changeEvents) return;
      await this.stop();
      notify = deps.debounce(onInputChanged);
      await run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name, items/id");
        await context.sync();
        for (const sheet of sheets.items) watchSheet(sheet, sheet.id, sheet.name);
        handlers.push(context.workbook.worksheets.onAdded.add(onAdded) as OfficeExtension.EventHandlerResult<unknown>);
        handlers.push(context.workbook.worksheets.onDeleted.add(onDeleted) as OfficeExtension.EventHandlerResult<unknown>);
        await context.sync();
      });
    },
    async stop() {
      notify?.cancel();
      notify = null;
      const byContext = new Map<OfficeExtension.ClientRequestContext, OfficeExtension.EventHandlerResult<unknown>[]>();
      for (const h of handlers) byContext.set(h.context, [...(byContext.get(h.context) ?? []), h]);
      handlers = [];
      inputSheets = new Map();
      for (const [context, list] of byContext) {
        // Handlers must be removed on the context that added them.
        await run(async (ctx) => {
          list.forEach((h) => h.remove());
          await ctx.sync();
        }, context as Excel.RequestContext).catch(() => undefined);
      }
    },
  };
}
