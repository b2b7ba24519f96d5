import { apiNotFound, FakeOfficeError } from "./fake-errors";
import { parseRange } from "./fake-address";
import { FakeChartCollection } from "./fake-charts";
import { FakeProxy, type FakeRequestContext } from "./fake-context";
import type { FakeChangedEvent, FakeSelectionEvent, FakeSheetModel, Handler } from "./fake-model";
import { FakeRange } from "./fake-range";
import { FakeTableCollection } from "./fake-tables";

export interface FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  remove(): void;
}

/** Worksheet proxy; which sheet it is gets decided when its creating call runs in the batch. */
export class FakeWorksheet extends FakeProxy {
  private sheet: FakeSheetModel | null | undefined;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;

  constructor(context: FakeRequestContext, resolve: () => FakeSheetModel | null, orNull: boolean, immediate?: FakeSheetModel) {
    super(context, "Worksheet");
    this.nullState = orNull ? undefined : false;
    if (immediate) this.sheet = immediate;
    else
      context.enqueue(undefined, () => {
        this.sheet = resolve();
        if (orNull) this.nullState = this.sheet === null;
        else if (this.sheet === null) throw new FakeOfficeError("ItemNotFound", "The requested worksheet does not exist.");
      });
    this.tables = new FakeTableCollection(context, () => this.model());
    this.charts = new FakeChartCollection(context, () => this.model());
  }

  /** The sheet for chained calls (null when this is a null object and the policy propagates). */
  model(): FakeSheetModel | null {
    if (this.sheet === undefined) throw new FakeOfficeError("GeneralException", "Worksheet used before its creating call ran.");
    if (this.sheet === null && this.context.options.nullObjects === "throw") {
      throw new FakeOfficeError("ItemNotFound", "A method was called on a null Worksheet.");
    }
    return this.sheet;
  }

  private required(what: string): FakeSheetModel {
    const sheet = this.model();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `Cannot ${what} a null Worksheet.`);
    return sheet;
  }

  protected applyLoad(props: string[] | null): void {
    const sheet = this.model();
    if (!sheet) return;
    this.store(props, {
      name: () => sheet.name,
      id: () => sheet.id,
      visibility: () => sheet.visibility,
      position: () => this.context.model.sheets.indexOf(sheet),
    });
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.enqueue(value, () => {
      const sheet = this.required("rename");
      const clash = this.context.model.findSheet(value);
      if (clash && clash !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${value}' already exists.`);
      if (!value || value.length > 31 || /[[\]:*?/\\]/.test(value)) throw new FakeOfficeError("InvalidArgument", `'${value}' is not a valid sheet name.`);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  /** Setting it is ExcelApi 1.2; Excel keeps at least one sheet visible. */
  set visibility(value: string) {
    if (!this.context.model.supports("1.2")) throw apiNotFound("Worksheet.visibility (set)", "1.2");
    this.context.enqueue(value, () => {
      const sheet = this.required("hide");
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw new FakeOfficeError("InvalidArgument", `'${value}' is not a sheet visibility.`);
      if (value !== "Visible" && !this.context.model.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      sheet.visibility = value;
      sheet.writeLog.push(`visibility ${value}`);
    });
  }
  get position(): number {
    return this.read("position");
  }

  delete(): void {
    this.context.enqueue(undefined, () => {
      const sheet = this.required("delete");
      this.context.model.deleteSheet(sheet);
      this.context.model.queueCollectionEvent("WorksheetDeleted", sheet.id, "ThisLocalAddin");
    });
  }

  activate(): void {
    this.context.enqueue(undefined, () => {
      const sheet = this.required("activate");
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Cannot activate a hidden sheet.");
      this.context.model.activeSheetId = sheet.id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.model();
        return sheet ? { sheet, rect: address ? parseRange(address) : { row: 0, col: 0, rows: 1048576, cols: 16384 } } : null;
      },
      false,
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.model();
      if (!sheet) return null;
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    }, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.model();
      const rect = sheet?.usedRect(valuesOnly);
      return sheet && rect ? { sheet, rect } : null;
    }, true);
  }

  get freezePanes(): { freezeRows(count: number): void } {
    if (!this.context.model.supports("1.7")) throw apiNotFound("Worksheet.freezePanes", "1.7");
    return {
      freezeRows: (count: number) =>
        this.context.enqueue(count, () => {
          const sheet = this.required("freeze");
          sheet.frozenRows = count;
        }),
    };
  }

  get pageLayout(): FakePageLayout {
    if (!this.context.model.supports("1.9")) throw apiNotFound("Worksheet.pageLayout", "1.9");
    return new FakePageLayout(this);
  }

  /** ExcelApi 1.9: add(range) starts a new printed page at the range's first row. */
  get horizontalPageBreaks(): { add(range: string): void } {
    if (!this.context.model.supports("1.9")) throw apiNotFound("Worksheet.horizontalPageBreaks", "1.9");
    return {
      add: (range: string) =>
        this.context.enqueue(range, () => {
          const sheet = this.required("break pages of");
          const row = parseRange(range).row;
          if (row === 0) throw new FakeOfficeError("InvalidArgument", "A page break cannot be added above the first row.");
          if (!sheet.pageBreaks.includes(row)) sheet.pageBreaks.push(row);
          sheet.writeLog.push(`pageBreak ${range}`);
        }),
    };
  }

  get onChanged(): { add(handler: Handler<FakeChangedEvent>): FakeEventHandlerResult } {
    if (!this.context.model.supports("1.7")) throw apiNotFound("Worksheet.onChanged", "1.7");
    return this.sheetEvent((sheet) => sheet.changeHandlers);
  }

  get onSelectionChanged(): { add(handler: Handler<FakeSelectionEvent>): FakeEventHandlerResult } {
    if (!this.context.model.supports("1.7")) throw apiNotFound("Worksheet.onSelectionChanged", "1.7");
    return this.sheetEvent((sheet) => sheet.selectionHandlers);
  }

  /** Registration and removal are queued commands, applied at the next sync, like Office's. */
  private sheetEvent<E>(list: (sheet: FakeSheetModel) => Handler<E>[]): { add(handler: Handler<E>): FakeEventHandlerResult } {
    return {
      add: (handler) => {
        this.context.enqueue(undefined, () => list(this.required("listen to")).push(handler));
        return {
          context: this.context,
          remove: () =>
            this.context.enqueue(undefined, () => {
              const handlers = list(this.required("stop listening to"));
              const at = handlers.indexOf(handler);
              if (at >= 0) handlers.splice(at, 1);
            }),
        };
      },
    };
  }
}

export class FakePageLayout {
  constructor(private readonly worksheet: FakeWorksheet) {}

  private set(patch: (layout: FakeSheetModel["pageLayout"]) => void, payload: unknown): void {
    this.worksheet.context.enqueue(payload, () => {
      const sheet = this.worksheet.model();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "Cannot lay out a null Worksheet.");
      patch(sheet.pageLayout);
    });
  }

  set orientation(value: string) {
    this.set((l) => (l.orientation = value), value);
  }
  set paperSize(value: string) {
    this.set((l) => (l.paperSize = value), value);
  }
  set zoom(value: unknown) {
    const scale = (value as { scale?: number } | null)?.scale;
    if (scale !== undefined && !(scale >= 10 && scale <= 400)) throw new FakeOfficeError("InvalidArgument", `Zoom scale ${scale} is out of range (10–400).`);
    this.set((l) => (l.zoom = value), value);
  }
  set centerHorizontally(value: boolean) {
    this.set((l) => (l.centerHorizontally = value), value);
  }
  set topMargin(points: number) {
    this.margin("top", points);
  }
  set bottomMargin(points: number) {
    this.margin("bottom", points);
  }
  set leftMargin(points: number) {
    this.margin("left", points);
  }
  set rightMargin(points: number) {
    this.margin("right", points);
  }
  set headerMargin(points: number) {
    this.margin("header", points);
  }
  set footerMargin(points: number) {
    this.margin("footer", points);
  }
  private margin(side: "top" | "bottom" | "left" | "right" | "header" | "footer", points: number): void {
    if (!(points >= 0 && points < 1000)) throw new FakeOfficeError("InvalidArgument", `Margin ${points} is out of range.`);
    this.set((l) => (l.margins = { ...l.margins, [side]: points }), points);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", "Print title rows must span entire rows, e.g. $1:$3.");
    this.set((l) => (l.printTitleRows = rows), rows);
  }
}
