import { detectCapabilities, type Capabilities } from "../../src/excel/capabilities";
import type { ExcelRun } from "../../src/excel/excel-run";
import { createExcelHost, type ExcelHostOptions } from "../../src/excel/recalculate";
import type { WorkbookGrid } from "../../src/workbook/grid";
import type { CalculationHost } from "../../src/workbook/host/host";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { FakeExcel, type FakeExcelOptions, type FakeWorkbookSeed } from "../fakes/fake-excel";

export const NOW = new Date(2019, 0, 15, 9, 30);

export function sampleSeed(): FakeWorkbookSeed {
  return { sheets: KHOI_17_SAMPLE.map((s) => ({ name: s.name, rows: s.rows })) };
}

/** The grid the command line would read from the same cells (rows from A1, empty cells null). */
export function seedGrid(seed: FakeWorkbookSeed): WorkbookGrid {
  return { sheets: seed.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]), originRow: 1, originCol: 1 })) };
}

export function asContext(context: unknown): Excel.RequestContext {
  return context as Excel.RequestContext;
}

export function runOf(fake: FakeExcel): ExcelRun {
  return ((batch: (c: Excel.RequestContext) => Promise<unknown>, reuse?: Excel.RequestContext) =>
    reuse ? fake.run(reuse, batch) : fake.run({ delayForCellEdit: true }, batch)) as ExcelRun;
}

export function capsOf(fake: FakeExcel): Capabilities {
  return detectCapabilities((name, version) => fake.isSetSupported(name, version));
}

export function hostFor(fake: FakeExcel, options: ExcelHostOptions = {}): CalculationHost {
  return createExcelHost({ run: runOf(fake), capabilities: capsOf(fake), now: () => NOW, ...options });
}

export function sampleExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(sampleSeed(), options);
}

/** Output values as Excel shows them: null (never written) reads back as "". */
export function asRead(values: (string | number | null)[][]): (string | number | boolean)[][] {
  return values.map((row) => row.map((v) => (v === null ? "" : v)));
}
