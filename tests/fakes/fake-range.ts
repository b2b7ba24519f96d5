import { apiNotFound, FakeOfficeError } from "./fake-errors";
import { MAX_COLS, overlaps, qualifiedAddress, rectAddress, type Rect } from "./fake-address";
import { FakeProxy, type FakeRequestContext } from "./fake-context";
import type { FakeSheetModel, FakeStyle } from "./fake-model";

export interface Located {
  sheet: FakeSheetModel;
  rect: Rect;
}

/**
 * Range proxy. Where it points is fixed when the creating call runs in the batch (like Excel), so a
 * used range created after a write sees the write.
 */
export class FakeRange extends FakeProxy {
  private where: Located | null | undefined;
  readonly format: FakeRangeFormat;

  constructor(context: FakeRequestContext, locate: () => Located | null, orNull: boolean) {
    super(context, "Range");
    this.nullState = orNull ? undefined : false;
    context.enqueue(undefined, () => {
      this.where = locate();
      if (orNull) this.nullState = this.where === null;
      else if (this.where === null) throw new FakeOfficeError("ItemNotFound", "The requested range does not exist.");
    });
    this.format = new FakeRangeFormat(this);
  }

  /** The located range for chained operations, applying the context's null-object policy. */
  located(): Located | null {
    if (this.where === undefined) throw new FakeOfficeError("GeneralException", "Range used before its creating call ran.");
    if (this.where === null && this.context.options.nullObjects === "throw") {
      throw new FakeOfficeError("ItemNotFound", "A method was called on a null Range.");
    }
    return this.where;
  }

  protected applyLoad(props: string[] | null): void {
    const at = this.located();
    if (!at) return;
    const { sheet, rect } = at;
    this.store(props, {
      values: () => sheet.valuesIn(rect),
      valueTypes: () => sheet.valueTypesIn(rect),
      numberFormat: () => sheet.formatsIn(rect),
      address: () => qualifiedAddress(sheet.name, rect),
      rowIndex: () => rect.row,
      columnIndex: () => rect.col,
      rowCount: () => rect.rows,
      columnCount: () => rect.cols,
    });
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(rows: unknown[][]) {
    this.write("values", rows, (at) => {
      forEachCell(at.rect, rows, "values", (r, c, v) => at.sheet.writeValue(r, c, v));
      at.sheet.writeLog.push(`values ${rectAddress(at.rect)}`);
      this.context.model.queueChanged(at.sheet, rectAddress(at.rect), "ThisLocalAddin");
    });
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(rows: string[][]) {
    this.write("numberFormat", rows, (at) => {
      forEachCell(at.rect, rows, "numberFormat", (r, c, v) => {
        if (v === null || v === undefined) return;
        if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat cells must be strings.");
        at.sheet.formats.set(`${r},${c}`, v);
      });
      at.sheet.writeLog.push(`numberFormat ${rectAddress(at.rect)}`);
    });
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  select(): void {
    this.context.enqueue(undefined, () => {
      const at = this.located();
      if (!at) throw new FakeOfficeError("ItemNotFound", "Cannot select a null Range.");
      if (at.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidSelection", "Cannot select a cell on a hidden sheet.");
      // Like Excel, a selection made by the add-in fires onSelectionChanged too.
      this.context.model.queueSelection(at.sheet, rectAddress(at.rect));
    });
  }

  /** ExcelApi 1.4: the part of this range inside the sheet's used range; a null object when none of it is used. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!this.context.model.supports("1.4")) throw apiNotFound("Range.getUsedRangeOrNullObject", "1.4");
    return new FakeRange(
      this.context,
      () => {
        const at = this.located();
        const rect = at?.sheet.usedRectIn(at.rect, valuesOnly);
        return at && rect ? { sheet: at.sheet, rect } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.2. Like Excel: no merge inside a table, none overlapping another merge. */
  merge(across = false): void {
    this.write("merge", across, (at) => {
      if (across) throw new FakeOfficeError("InvalidArgument", "This fake models whole-range merges only.");
      if (this.context.model.tables.some((t) => t.sheet === at.sheet && overlaps(t.rect, at.rect))) {
        throw new FakeOfficeError("InvalidOperation", "Cells inside a table cannot be merged.");
      }
      if (at.sheet.merges.some((m) => overlaps(m, at.rect))) throw new FakeOfficeError("InvalidOperation", "The range overlaps a merged range.");
      at.sheet.merges.push(at.rect);
      at.sheet.writeLog.push(`merge ${rectAddress(at.rect)}`);
    });
  }

  /** Queue a write; writing to a null object is a bug in the caller. */
  write(what: string, payload: unknown, apply: (at: Located) => void): void {
    this.context.enqueue(payload, () => {
      const at = this.located();
      if (!at) throw new FakeOfficeError("ItemNotFound", `Cannot set ${what} on a null Range.`);
      apply(at);
    });
  }
}

/** Office.js: dimensions must match the range exactly, or a single scalar fills every cell. */
function forEachCell(rect: Rect, rows: unknown, what: string, set: (r: number, c: number, v: unknown) => void): void {
  if (!Array.isArray(rows)) {
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) set(rect.row + r, rect.col + c, rows);
    return;
  }
  if (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The ${what} array does not match the range ${rectAddress(rect)} (${rect.rows} × ${rect.cols}).`,
    );
  }
  rows.forEach((row: unknown[], r) => row.forEach((v, c) => set(rect.row + r, rect.col + c, v)));
}

export class FakeRangeFormat {
  readonly font: { bold: boolean; size: number; name: string; italic: boolean; underline: string };

  constructor(private readonly range: FakeRange) {
    const style = this.style.bind(this);
    const writeOnly = (what: string) => new FakeOfficeError("PropertyNotLoaded", `format.font.${what} is write-only in this fake.`);
    this.font = {
      set bold(value: boolean) {
        style({ bold: value }, "font.bold", value);
      },
      get bold(): boolean {
        throw writeOnly("bold");
      },
      set size(value: number) {
        if (!(value >= 1 && value <= 409)) throw new FakeOfficeError("InvalidArgument", `Font size ${value} is out of range.`);
        style({ fontSize: value }, "font.size", value);
      },
      get size(): number {
        throw writeOnly("size");
      },
      set name(value: string) {
        style({ fontName: value }, "font.name", value);
      },
      get name(): string {
        throw writeOnly("name");
      },
      set italic(value: boolean) {
        style({ italic: value }, "font.italic", value);
      },
      get italic(): boolean {
        throw writeOnly("italic");
      },
      set underline(value: string) {
        if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(value)) throw new FakeOfficeError("InvalidArgument", `Underline '${value}' is not a RangeUnderlineStyle.`);
        style({ underline: value }, "font.underline", value);
      },
      get underline(): string {
        throw writeOnly("underline");
      },
    };
  }

  /** Points, like Excel's RangeFormat.rowHeight (0 … 409). */
  set rowHeight(points: number) {
    if (!(points >= 0 && points <= 409)) throw new FakeOfficeError("InvalidArgument", `Row height ${points} is out of range.`);
    this.range.write("rowHeight", points, (at) => {
      const rows = Math.min(at.rect.rows, 10_000);
      for (let r = at.rect.row; r < at.rect.row + rows; r++) at.sheet.rowHeights.set(r, points);
      at.sheet.writeLog.push(`rowHeight ${rectAddress(at.rect)}`);
    });
  }
  get rowHeight(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "format.rowHeight is write-only in this fake.");
  }

  set horizontalAlignment(value: string) {
    this.style({ horizontalAlignment: value }, "horizontalAlignment", value);
  }
  get horizontalAlignment(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "format.horizontalAlignment is write-only in this fake.");
  }

  set wrapText(value: boolean) {
    this.style({ wrap: value }, "wrapText", value);
  }
  get wrapText(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "format.wrapText is write-only in this fake.");
  }

  /** Points, like Excel's RangeFormat.columnWidth. */
  set columnWidth(points: number) {
    if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeOfficeError("InvalidArgument", `Column width ${points} is out of range.`);
    this.range.write("columnWidth", points, (at) => {
      const cols = Math.min(at.rect.cols, MAX_COLS);
      for (let c = at.rect.col; c < at.rect.col + cols; c++) at.sheet.columnWidths.set(c, points);
      at.sheet.writeLog.push(`columnWidth ${rectAddress(at.rect)}`);
    });
  }
  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "format.columnWidth is write-only in this fake.");
  }

  private style(patch: FakeStyle, what: string, value: unknown): void {
    this.range.write(what, value, (at) => {
      at.sheet.setStyle(at.rect, patch);
      at.sheet.writeLog.push(`${what} ${rectAddress(at.rect)}`);
    });
  }
}
