import { apiNotFound, FakeOfficeError } from "./fake-errors";
import { FakeRequestContext, loadList, type FakeContextOptions, type LoadOption } from "./fake-context";
import type { FakeCollectionEvent, FakeSelectionEvent, FakeWorkbookModel, Handler } from "./fake-model";
import { FakeTableCollection } from "./fake-tables";
import { FakeWorksheet, type FakeEventHandlerResult } from "./fake-worksheet";

export class FakeWorksheetCollection {
  private itemsLoaded: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  private get model(): FakeWorkbookModel {
    return this.context.model;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.model.findSheet(name) ?? this.model.sheetById(name) ?? null, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    if (!this.model.supports("1.4")) throw apiNotFound("WorksheetCollection.getItemOrNullObject", "1.4");
    return new FakeWorksheet(this.context, () => this.model.findSheet(name) ?? this.model.sheetById(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => (this.model.activeSheetId ? (this.model.sheetById(this.model.activeSheetId) ?? null) : null), false);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.model.addSheet(name ?? `Sheet${this.model.sheets.length + 1}`);
      this.model.queueCollectionEvent("WorksheetAdded", sheet.id, "ThisLocalAddin");
      return sheet;
    }, false);
  }

  load(option?: LoadOption): this {
    const list = (loadList(option) ?? ["name", "id", "visibility", "position"]).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(list, () => {
      this.itemsLoaded = this.model.sheets.map((s) => {
        const proxy = new FakeWorksheet(this.context, () => s, false, s);
        proxy.fill(list);
        return proxy;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw new FakeOfficeError("PropertyNotLoaded", "WorksheetCollection.items is not loaded: call load() and context.sync() first.");
    return this.itemsLoaded;
  }

  get onAdded(): { add(handler: Handler<FakeCollectionEvent>): FakeEventHandlerResult } {
    return this.collectionEvent("onAdded", this.model.addedHandlers);
  }

  get onDeleted(): { add(handler: Handler<FakeCollectionEvent>): FakeEventHandlerResult } {
    return this.collectionEvent("onDeleted", this.model.deletedHandlers);
  }

  get onSelectionChanged(): { add(handler: Handler<FakeSelectionEvent>): FakeEventHandlerResult } {
    return this.collectionEvent("onSelectionChanged", this.model.selectionHandlers, "1.9");
  }

  private collectionEvent<E>(what: string, list: Handler<E>[], version = "1.7"): { add(handler: Handler<E>): FakeEventHandlerResult } {
    if (!this.model.supports(version)) throw apiNotFound(`WorksheetCollection.${what}`, version);
    return {
      add: (handler) => {
        this.context.enqueue(undefined, () => list.push(handler));
        return {
          context: this.context,
          remove: () =>
            this.context.enqueue(undefined, () => {
              const at = list.indexOf(handler);
              if (at >= 0) list.splice(at, 1);
            }),
        };
      },
    };
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    if (!this.context.model.supports("1.6")) throw apiNotFound("Application.suspendApiCalculationUntilNextSync", "1.6");
    this.context.enqueue(undefined, () => this.context.model.suspended.calculation++);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    if (!this.context.model.supports("1.9")) throw apiNotFound("Application.suspendScreenUpdatingUntilNextSync", "1.9");
    this.context.enqueue(undefined, () => this.context.model.suspended.screenUpdating++);
  }
}

export class FakeRuntime {
  private loadedEnable: boolean | undefined;

  constructor(private readonly context: FakeRequestContext) {}

  private check(): void {
    if (!this.context.model.supports("1.8")) throw apiNotFound("Runtime.enableEvents", "1.8");
  }

  load(_option?: LoadOption): this {
    this.check();
    this.context.enqueue(undefined, () => (this.loadedEnable = this.context.model.eventsEnabled));
    return this;
  }

  get enableEvents(): boolean {
    if (this.loadedEnable === undefined) throw new FakeOfficeError("PropertyNotLoaded", "Runtime.enableEvents is not loaded.");
    return this.loadedEnable;
  }
  set enableEvents(value: boolean) {
    this.check();
    this.context.enqueue(value, () => (this.context.model.eventsEnabled = value));
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.application = new FakeApplication(context);
  }
}

/** The Excel.RequestContext stand-in handed to batches. */
export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly application: FakeApplication;

  constructor(model: FakeWorkbookModel, options: Required<FakeContextOptions>) {
    super(model, options);
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
    this.application = this.workbook.application;
  }
}
