import { FakeOfficeError } from "./fake-errors";
import { MAX_COLS, MAX_ROWS, overlaps, type Rect } from "./fake-address";

/**
 * The document behind the fake: what Excel itself holds. Proxies (fake-proxies.ts) queue operations
 * against it; FakeRequestContext.sync() applies them in order, like Excel does with a batch.
 */
export type FakeScalar = string | number | boolean;

export interface FakeCell {
  value: FakeScalar;
  /** True for error values (#DIV/0!, #N/A…): Excel reports valueTypes "Error". */
  error: boolean;
  /** True when the written text was taken as a formula (text starting with = + - @ without the "@" format). */
  formula: boolean;
}

export interface FakeStyle {
  bold?: boolean;
  fontSize?: number;
  fontName?: string;
  italic?: boolean;
  /** RangeFont.underline: "Single", "None"… */
  underline?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
}

export interface FakeChartSeriesModel {
  name: string;
  /** Set per series (a line among columns); null keeps the chart's type. */
  chartType: string | null;
  /** Qualified addresses ('Biểu đồ'!D4:D13). */
  values: string | null;
  xValues: string | null;
}

export interface FakeChartModel {
  type: string;
  seriesBy: string;
  /** Qualified address of the source range given to charts.add. */
  source: string;
  title: string | null;
  position: { start: string; end?: string } | null;
  valueAxis: { minimum?: number | string; maximum?: number | string };
  series: FakeChartSeriesModel[];
}

export interface FakeChangedEvent {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  address: string;
  /** Present only on builds with ExcelApi 1.14, like the real event args. */
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** Worksheet.onSelectionChanged's arguments (ExcelApi 1.7): the address is local to the sheet ("B7", "B7:D9"). */
export interface FakeSelectionEvent {
  type: "WorksheetSelectionChanged";
  worksheetId: string;
  address: string;
}

export interface FakeCollectionEvent {
  type: "WorksheetAdded" | "WorksheetDeleted";
  source: "Local";
  worksheetId: string;
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

export type Handler<E> = (event: E) => unknown;

export interface FakeTableModel {
  name: string;
  sheet: FakeSheetModel;
  rect: Rect;
}

const ERROR_TEXT = /^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class FakeSheetModel {
  readonly cells = new Map<string, FakeCell>();
  readonly formats = new Map<string, string>();
  readonly styles = new Map<string, FakeStyle>();
  readonly columnWidths = new Map<number, number>();
  /** 0-based row → height in points (RangeFormat.rowHeight). */
  readonly rowHeights = new Map<number, number>();
  /** 0-based rows that begin a new printed page (worksheet.horizontalPageBreaks, ExcelApi 1.9). */
  readonly pageBreaks: number[] = [];
  readonly changeHandlers: Handler<FakeChangedEvent>[] = [];
  readonly selectionHandlers: Handler<FakeSelectionEvent>[] = [];
  frozenRows = 0;
  readonly charts: FakeChartModel[] = [];
  readonly merges: Rect[] = [];
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    printTitleRows?: string;
    /** Points, like PageLayout's margins. */
    margins?: { top?: number; bottom?: number; left?: number; right?: number; header?: number; footer?: number };
    centerHorizontally?: boolean;
  } = {};
  /** Every operation that changed this sheet, for "the add-in never wrote to an input sheet" assertions. */
  readonly writeLog: string[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheetModel.key(row, col));
  }

  format(row: number, col: number): string {
    return this.formats.get(FakeSheetModel.key(row, col)) ?? "General";
  }

  /**
   * Write one value the way Excel takes typed input: null leaves the cell unchanged (Office.js semantics),
   * numeric text becomes a number and text starting with = + - @ becomes a (here: broken) formula unless
   * the cell is formatted as text "@" first.
   */
  writeValue(row: number, col: number, value: unknown): void {
    const key = FakeSheetModel.key(row, col);
    if (value === null || value === undefined) return;
    if (value === "") {
      this.cells.delete(key);
      return;
    }
    if (typeof value === "number" || typeof value === "boolean") {
      this.cells.set(key, { value, error: false, formula: false });
      return;
    }
    if (typeof value !== "string") throw new FakeOfficeError("InvalidArgument", `Cell values must be text, numbers or booleans, got ${typeof value}.`);
    const isText = this.format(row, col) === "@";
    if (!isText && ERROR_TEXT.test(value)) {
      this.cells.set(key, { value, error: true, formula: false });
    } else if (!isText && /^[=+\-@]/.test(value) && !NUMERIC_TEXT.test(value)) {
      this.cells.set(key, { value: "#NAME?", error: true, formula: true });
    } else if (!isText && NUMERIC_TEXT.test(value.trim())) {
      this.cells.set(key, { value: Number(value.trim()), error: false, formula: false });
    } else {
      this.cells.set(key, { value, error: false, formula: false });
    }
  }

  style(row: number, col: number): FakeStyle {
    return this.styles.get(FakeSheetModel.key(row, col)) ?? {};
  }

  setStyle(rect: Rect, patch: FakeStyle): void {
    // Whole rows/columns would touch millions of cells: style only the part that holds data.
    const extent = this.extent();
    const rows = rect.rows >= MAX_ROWS ? Math.max(0, extent.rows - rect.row) : rect.rows;
    const cols = rect.cols >= MAX_COLS ? Math.max(0, extent.cols - rect.col) : rect.cols;
    for (let r = rect.row; r < rect.row + rows; r++) {
      for (let c = rect.col; c < rect.col + cols; c++) {
        const key = FakeSheetModel.key(r, c);
        this.styles.set(key, { ...(this.styles.get(key) ?? {}), ...patch });
      }
    }
  }

  /** The part of `rect` inside the sheet's used range (Range.getUsedRange); null when none of it is used. */
  usedRectIn(rect: Rect, valuesOnly: boolean): Rect | null {
    const used = this.usedRect(valuesOnly);
    if (!used || !overlaps(used, rect)) return null;
    const row = Math.max(used.row, rect.row);
    const col = Math.max(used.col, rect.col);
    return { row, col, rows: Math.min(used.row + used.rows, rect.row + rect.rows) - row, cols: Math.min(used.col + used.cols, rect.col + rect.cols) - col };
  }

  /** Bounding box of the cells holding a value (getUsedRange(valuesOnly = true)); null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    const keys = [...this.cells.keys(), ...(valuesOnly ? [] : [...this.formats.keys()])];
    if (keys.length === 0) return null;
    let minR = Infinity, minC = Infinity, maxR = -1, maxC = -1;
    for (const key of keys) {
      const [r, c] = key.split(",").map(Number);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    return { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }

  extent(): { rows: number; cols: number } {
    const used = this.usedRect(false);
    return used ? { rows: used.row + used.rows, cols: used.col + used.cols } : { rows: 0, cols: 0 };
  }

  /** Values as Excel returns them: "" for empty cells. */
  valuesIn(rect: Rect): FakeScalar[][] {
    return grid(rect, (r, c) => this.cell(r, c)?.value ?? "");
  }

  valueTypesIn(rect: Rect): string[][] {
    return grid(rect, (r, c) => {
      const cell = this.cell(r, c);
      if (!cell) return "Empty";
      if (cell.error) return "Error";
      if (typeof cell.value === "number") return "Double";
      if (typeof cell.value === "boolean") return "Boolean";
      return "String";
    });
  }

  formatsIn(rect: Rect): string[][] {
    return grid(rect, (r, c) => this.format(r, c));
  }
}

function grid<T>(rect: Rect, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const line: T[] = [];
    for (let c = rect.col; c < rect.col + rect.cols; c++) line.push(at(r, c));
    out.push(line);
  }
  return out;
}

export interface FakeStats {
  syncs: number;
  /** Request payload bytes of every sync, in order. */
  bytesPerSync: number[];
  /** Number of queued operations of every sync, in order. */
  opsPerSync: number[];
  /** Excel.run calls and the options they were given. */
  runs: { delayForCellEdit?: boolean }[];
  /** Suspend requests (calculation, screen updating) made in every sync, in order. */
  suspendedPerSync: { calculation: number; screenUpdating: number }[];
}

/** The workbook document. `apiVersion` is the highest ExcelApi minor version this fake build supports (1.4 … 1.14+). */
export class FakeWorkbookModel {
  readonly sheets: FakeSheetModel[] = [];
  readonly tables: FakeTableModel[] = [];
  readonly addedHandlers: Handler<FakeCollectionEvent>[] = [];
  readonly deletedHandlers: Handler<FakeCollectionEvent>[] = [];
  /** WorksheetCollection.onSelectionChanged (ExcelApi 1.9): every sheet's selections, whichever sheet. */
  readonly selectionHandlers: Handler<FakeSelectionEvent>[] = [];
  readonly stats: FakeStats = { syncs: 0, bytesPerSync: [], opsPerSync: [], runs: [], suspendedPerSync: [] };
  eventsEnabled = true;
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  suspended = { calculation: 0, screenUpdating: 0 };
  private nextId = 1;
  private pendingEvents: (() => void)[] = [];

  constructor(
    readonly apiVersion: number,
    readonly payloadLimitBytes: number,
  ) {}

  supports(version: string): boolean {
    return Number(version.split(".")[1]) <= this.apiVersion;
  }

  findSheet(name: string): FakeSheetModel | undefined {
    const wanted = name.normalize("NFC").toLowerCase();
    return this.sheets.find((s) => s.name.normalize("NFC").toLowerCase() === wanted);
  }

  sheetById(id: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): FakeSheetModel {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid sheet name.`);
    }
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const sheet = new FakeSheetModel(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  deleteSheet(sheet: FakeSheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
    if (visible.length === 0) throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = visible[0].id;
  }

  addTable(sheet: FakeSheetModel, rect: Rect): FakeTableModel {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) {
      throw new FakeOfficeError("InvalidOperation", "A table cannot overlap another table.");
    }
    if (sheet.merges.some((m) => overlaps(m, rect))) throw new FakeOfficeError("InvalidOperation", "A table cannot contain merged cells.");
    const table: FakeTableModel = { name: `Table${this.nextId++}`, sheet, rect };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTableModel, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255) {
      throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid table name (letters, digits, _ and . only, no spaces).`);
    }
    const clash = this.tables.find((t) => t !== table && t.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
    table.name = name;
  }

  /** Events are delivered after the sync that caused them, asynchronously, like Office does. */
  queueChanged(sheet: FakeSheetModel, address: string, triggerSource: "ThisLocalAddin" | "Unknown"): void {
    if (!this.eventsEnabled) return;
    const event: FakeChangedEvent = { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address };
    if (this.supports("1.14")) event.triggerSource = triggerSource;
    const handlers = [...sheet.changeHandlers];
    this.pendingEvents.push(() => handlers.forEach((h) => void Promise.resolve(h(event)).catch(() => undefined)));
  }

  /**
   * The selection moved to `address` on `sheet` (the officer clicked, or the add-in called select()): the sheet's
   * onSelectionChanged handlers get it after the current sync, asynchronously. Selection events are not
   * switched off by runtime.enableEvents = false in this fake: the add-in never does that around a selection.
   */
  queueSelection(sheet: FakeSheetModel, address: string): void {
    this.selection = { sheet: sheet.name, address };
    this.activeSheetId = sheet.id;
    const event: FakeSelectionEvent = { type: "WorksheetSelectionChanged", worksheetId: sheet.id, address };
    const handlers = [...sheet.selectionHandlers, ...this.selectionHandlers];
    this.pendingEvents.push(() => handlers.forEach((h) => void Promise.resolve(h(event)).catch(() => undefined)));
  }

  queueCollectionEvent(type: FakeCollectionEvent["type"], sheetId: string, triggerSource: "ThisLocalAddin" | "Unknown"): void {
    if (!this.eventsEnabled) return;
    const event: FakeCollectionEvent = { type, source: "Local", worksheetId: sheetId };
    if (this.supports("1.14")) event.triggerSource = triggerSource;
    const handlers = [...(type === "WorksheetAdded" ? this.addedHandlers : this.deletedHandlers)];
    this.pendingEvents.push(() => handlers.forEach((h) => void Promise.resolve(h(event)).catch(() => undefined)));
  }

  flushEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    if (events.length) void Promise.resolve().then(() => events.forEach((deliver) => deliver()));
  }
}
