import { FakeOfficeError } from "./fake-errors";
import { parseRange } from "./fake-address";
import { FakeProxy, loadList, type FakeRequestContext, type LoadOption } from "./fake-context";
import type { FakeSheetModel, FakeTableModel } from "./fake-model";
import { FakeRange } from "./fake-range";
import { FakeWorksheet } from "./fake-worksheet";

export class FakeTable extends FakeProxy {
  private table: FakeTableModel | null | undefined;

  constructor(context: FakeRequestContext, resolve: () => FakeTableModel | null, orNull: boolean, immediate?: FakeTableModel) {
    super(context, "Table");
    this.nullState = orNull ? undefined : false;
    if (immediate) this.table = immediate;
    else
      context.enqueue(undefined, () => {
        this.table = resolve();
        if (orNull) this.nullState = this.table === null;
        else if (this.table === null) throw new FakeOfficeError("ItemNotFound", "The requested table does not exist.");
      });
  }

  model(): FakeTableModel | null {
    if (this.table === undefined) throw new FakeOfficeError("GeneralException", "Table used before its creating call ran.");
    if (this.table === null && this.context.options.nullObjects === "throw") throw new FakeOfficeError("ItemNotFound", "A method was called on a null Table.");
    return this.table;
  }

  private worksheetProxy: FakeWorksheet | null = null;

  protected applyLoad(props: string[] | null): void {
    const table = this.model();
    if (!table) return;
    const own = (props ?? ["name"]).filter((p) => !p.startsWith("worksheet/"));
    const nested = (props ?? []).filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    this.store(own, { name: () => table.name });
    if (nested.length) {
      this.worksheetProxy = new FakeWorksheet(this.context, () => table.sheet, false, table.sheet);
      this.worksheetProxy.fill(nested);
      this.loaded.set("worksheet", this.worksheetProxy);
    }
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.enqueue(value, () => {
      const table = this.model();
      if (!table) throw new FakeOfficeError("ItemNotFound", "Cannot rename a null Table.");
      this.context.model.renameTable(table, value);
    });
  }

  get worksheet(): FakeWorksheet {
    return this.read("worksheet");
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const table = this.model();
      return table ? { sheet: table.sheet, rect: table.rect } : null;
    }, false);
  }
}

/** Tables of one sheet (worksheet.tables) or of the whole workbook (workbook.tables, sheet = null). */
export class FakeTableCollection {
  private itemsLoaded: FakeTable[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: (() => FakeSheetModel | null) | null,
  ) {}

  private scope(): FakeTableModel[] {
    if (!this.sheet) return this.context.model.tables;
    const sheet = this.sheet();
    return sheet ? this.context.model.tables.filter((t) => t.sheet === sheet) : [];
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    return new FakeTable(this.context, () => {
      let sheet = this.sheet ? this.sheet() : null;
      if (!this.sheet) {
        const name = address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "") : "";
        sheet = this.context.model.findSheet(name) ?? null;
      }
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `No sheet for table at ${address}.`);
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "This fake only models tables with a header row.");
      return this.context.model.addTable(sheet, parseRange(address));
    }, false);
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => this.find(name), false);
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.find(name), true);
  }

  private find(name: string): FakeTableModel | null {
    return this.scope().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  load(option?: LoadOption): this {
    const list = (loadList(option) ?? ["name"]).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(list, () => {
      this.itemsLoaded = this.scope().map((t) => {
        const proxy = new FakeTable(this.context, () => t, false, t);
        proxy.fill(list);
        return proxy;
      });
    });
    return this;
  }

  get items(): FakeTable[] {
    if (!this.itemsLoaded) throw new FakeOfficeError("PropertyNotLoaded", "TableCollection.items is not loaded: call load() and context.sync() first.");
    return this.itemsLoaded;
  }
}
