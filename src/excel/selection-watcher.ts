import type { MemberSelection } from "../workbook/host/host";
import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import { findRankingHeader, HEADER_SEARCH_ROWS, memberCodeAt, selectedRow } from "./ranking-row";
import { contractSheetKindOf } from "../workbook/output-sheets/program-sheets";

interface SelectionEvent {
  address: string;
  worksheetId: string;
}

export interface SelectionWatcher extends MemberSelection {
  /**
   * Every recalculation deletes Xếp hạng and adds a new one, and a sheet's handler dies with its sheet: call
   * this after each one. With the workbook-wide event (ExcelApi 1.9) the one handler outlives the sheet and
   * this costs nothing; on 1.7 and 1.8 it moves the handler to the new sheet (two more small batches).
   */
  refresh(): Promise<void>;
}

type Handler = OfficeExtension.EventHandlerResult<unknown>;

/**
 * Selections on the Xếp hạng sheet only. From ExcelApi 1.9 one WorksheetCollection.onSelectionChanged handler
 * serves the whole workbook and the read batch checks the sheet's name, so a recalculation costs its own two
 * round trips and nothing more; on 1.7 and 1.8 Worksheet.onSelectionChanged is attached to Xếp hạng itself.
 * When the officer selects a cell of a member's row, that row's Mã đơn vị is read in one small batch and passed
 * to onMember. A burst of selections (arrow keys held down) reads only the latest one once the read in progress
 * ends: only where the officer stopped matters. Registration, removal and refreshes run one after another so handlers are never doubled.
 */
export function createSelectionWatcher(run: ExcelRun, capabilities: Capabilities): SelectionWatcher {
  let onMember: ((code: string) => void) | null = null;
  let handlers: Handler[] = [];
  let queue: Promise<void> = Promise.resolve();
  let latest: SelectionEvent | null = null;
  let reading = false;
  const workbookWide = capabilities.workbookSelectionEvents;

  const serial = (work: () => Promise<void>): Promise<void> => (queue = queue.then(work, work));

  const readCode = (event: SelectionEvent): Promise<string | null> => {
    const row = selectedRow(event.address);
    if (row === null) return Promise.resolve(null);
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(event.worksheetId);
      // The workbook-wide handler hears every sheet: its name comes in the same sync as the cells.
      if (workbookWide) sheet.load("name");
      // The used part of the first rows (the header is there) and of the selected row: a few dozen cells, one sync.
      const head = sheet.getRange(`1:${HEADER_SEARCH_ROWS}`).getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex");
      const line = sheet.getRange(`${row}:${row}`).getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex");
      await context.sync();
      if (workbookWide && contractSheetKindOf(sheet.name) !== "ranking") return null;
      const header = head.isNullObject ? null : findRankingHeader(head);
      return header ? memberCodeAt(header, row, line.isNullObject ? null : line) : null;
    }).catch(() => null); // The sheet may be being replaced by a recalculation: this selection is simply not a member.
  };

  const onSelected = async (event: SelectionEvent): Promise<void> => {
    latest = event;
    if (reading) return;
    reading = true;
    try {
      while (latest) {
        const current = latest;
        latest = null;
        const code = await readCode(current);
        if (code !== null && latest === null) onMember?.(code);
      }
    } finally {
      reading = false;
    }
  };

  const attach = (): Promise<void> =>
    run(async (context) => {
      if (workbookWide) {
        handlers.push(context.workbook.worksheets.onSelectionChanged.add(onSelected) as Handler);
        await context.sync();
        return;
      }
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const ranking = sheets.items.filter((s) => contractSheetKindOf(s.name) === "ranking");
      if (ranking.length === 0) return; // Not written yet: the refresh after the first recalculation attaches.
      for (const sheet of ranking) handlers.push(sheet.onSelectionChanged.add(onSelected) as Handler);
      await context.sync();
    }).catch(() => undefined);

  const detach = async (): Promise<void> => {
    const byContext = new Map<OfficeExtension.ClientRequestContext, Handler[]>();
    for (const h of handlers) byContext.set(h.context, [...(byContext.get(h.context) ?? []), h]);
    handlers = [];
    for (const [context, list] of byContext) {
      // Removed on the context that added them; a handler of a sheet already deleted may refuse: it is gone anyway.
      await run(async (ctx) => {
        list.forEach((h) => h.remove());
        await ctx.sync();
      }, context as Excel.RequestContext).catch(() => undefined);
    }
  };

  return {
    supported: capabilities.selectionEvents,
    start(callback) {
      if (!capabilities.selectionEvents) return Promise.resolve();
      onMember = callback;
      return serial(async () => {
        await detach();
        if (onMember) await attach();
      });
    },
    stop() {
      onMember = null;
      latest = null;
      return serial(detach);
    },
    refresh() {
      if (workbookWide) return Promise.resolve();
      return serial(async () => {
        if (!onMember) return;
        await detach();
        await attach();
      });
    },
  };
}
