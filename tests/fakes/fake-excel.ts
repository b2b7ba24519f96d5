/**
 * A strict in-memory fake of the subset of the Excel JavaScript API the add-in uses.
 * Strict means: properties throw until load() + sync(); every batch is counted with its payload bytes
 * and refused above the payload limit (5 MB, like Excel on the web); array shapes must match ranges;
 * APIs newer than the configured ExcelApi version throw ApiNotFound; change events fire for the
 * add-in's own writes too (as Office does), with triggerSource only from ExcelApi 1.14.
 * Runs in node (jest) and in a browser bundle (installFakeOffice) alike: no node imports.
 */
import { parseRange, rectAddress } from "./fake-address";
import type { FakeContextOptions } from "./fake-context";
import { FakeSheetModel, FakeWorkbookModel, type FakeScalar, type FakeStats } from "./fake-model";
import { FakeExcelContext } from "./fake-workbook";

export { FakeOfficeError } from "./fake-errors";
export { FakeExcelContext } from "./fake-workbook";
export type { FakeSelectionEvent, FakeStats } from "./fake-model";

export interface FakeWorkbookSeed {
  sheets: { name: string; rows: (string | number | boolean | null)[][]; hidden?: boolean }[];
}

export interface FakeExcelOptions extends FakeContextOptions {
  /** Highest supported ExcelApi version, "1.4" … "1.20". Default "1.14". */
  apiVersion?: string;
  /** Request payload limit per sync in bytes. Default 5 MB (Excel on the web). */
  payloadLimitBytes?: number;
}

export const FIVE_MB = 5 * 1024 * 1024;

export type FakeRun = <T>(...args: unknown[]) => Promise<T>;

export class FakeExcel {
  readonly model: FakeWorkbookModel;
  private readonly contextOptions: Required<FakeContextOptions>;

  constructor(seed: FakeWorkbookSeed = { sheets: [] }, options: FakeExcelOptions = {}) {
    const minor = Number((options.apiVersion ?? "1.14").split(".")[1]);
    this.model = new FakeWorkbookModel(minor, options.payloadLimitBytes ?? FIVE_MB);
    this.contextOptions = { roundTripMs: options.roundTripMs ?? 0, nullObjects: options.nullObjects ?? "propagate" };
    for (const sheet of seed.sheets) {
      const model = this.model.addSheet(sheet.name);
      if (sheet.hidden) model.visibility = "Hidden";
      sheet.rows.forEach((row, r) => row.forEach((value, c) => model.writeValue(r, c, value)));
    }
  }

  get stats(): FakeStats {
    return this.model.stats;
  }

  /** A fresh Excel.RequestContext stand-in. */
  context(): FakeExcelContext {
    return new FakeExcelContext(this.model, this.contextOptions);
  }

  /**
   * Excel.run: run(batch), run(options, batch) or run(contextOrObject, batch). Like Office, it syncs
   * commands still queued when the batch returns (so a forgotten sync is still counted).
   */
  readonly run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1] as (context: FakeExcelContext) => Promise<T>;
    const first = args.length > 1 ? args[0] : undefined;
    let context: FakeExcelContext;
    if (first instanceof FakeExcelContext) context = first;
    else if (first && typeof first === "object" && (first as { context?: unknown }).context instanceof FakeExcelContext) {
      context = (first as { context: FakeExcelContext }).context;
    } else {
      context = this.context();
      this.model.stats.runs.push({ delayForCellEdit: (first as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit });
    }
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  };

  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && this.model.supports(version);
  }

  /** The officer types into cells: values change and onChanged fires with triggerSource "Unknown". */
  userEdit(sheetName: string, address: string, values: (string | number | boolean | null)[][]): void {
    const sheet = this.requireSheet(sheetName);
    const rect = parseRange(address);
    values.forEach((row, r) => row.forEach((v, c) => sheet.writeValue(rect.row + r, rect.col + c, v)));
    this.model.queueChanged(sheet, rectAddress(rect), "Unknown");
    this.model.flushEvents();
  }

  /**
   * The officer selects `address` on a sheet (a click or the arrow keys): the selection moves there and the
   * sheet's onSelectionChanged handlers get { address, worksheetId } asynchronously, as Office delivers them.
   */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.requireSheet(sheetName);
    this.model.queueSelection(sheet, rectAddress(parseRange(address)));
    this.model.flushEvents();
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheetModel | undefined {
    return this.model.findSheet(name);
  }

  /** Values of a sheet from A1 to the end of its used range, "" for empty cells (as Excel returns them). */
  values(name: string): FakeScalar[][] {
    const sheet = this.requireSheet(name);
    const extent = sheet.extent();
    return sheet.valuesIn({ row: 0, col: 0, rows: extent.rows, cols: extent.cols });
  }

  formats(name: string): string[][] {
    const sheet = this.requireSheet(name);
    const extent = sheet.extent();
    return sheet.formatsIn({ row: 0, col: 0, rows: extent.rows, cols: extent.cols });
  }

  private requireSheet(name: string): FakeSheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`The fake workbook has no sheet '${name}' (sheets: ${this.sheetNames().join(", ")}).`);
    return sheet;
  }
}

export interface InstalledFakeOffice {
  excel: FakeExcel;
  /** Functions registered through Office.actions.associate (ribbon commands). */
  actions: Map<string, (event: unknown) => unknown>;
  uninstall(): void;
}

/**
 * Define globalThis.Office and globalThis.Excel backed by a FakeExcel, for the task pane's browser e2e
 * test and the ribbon command tests. Office.onReady resolves at once with host "Excel".
 */
export function installFakeOffice(seed: FakeWorkbookSeed, options: FakeExcelOptions = {}): InstalledFakeOffice {
  const excel = new FakeExcel(seed, options);
  const actions = new Map<string, (event: unknown) => unknown>();
  const g = globalThis as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel };
  const info = { host: "Excel", platform: "OfficeOnline" };
  g.Office = {
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "vi-VN",
      requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) },
    },
    actions: { associate: (name: string, handler: (event: unknown) => unknown) => void actions.set(name, handler) },
    HostType: { Excel: "Excel" },
  };
  g.Excel = { run: excel.run };
  return {
    excel,
    actions,
    uninstall: () => {
      g.Office = previous.Office;
      g.Excel = previous.Excel;
    },
  };
}
