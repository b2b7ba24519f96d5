/**
 * How the adapter reaches Excel: a batch function, optionally on an existing context (event handlers
 * must be removed on the context that added them). Injected so tests and benches pass the fake.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, reuse?: Excel.RequestContext) => Promise<T>;

/** Excel.run waiting for the officer to leave cell-edit mode instead of failing (ExcelApi 1.1 RunOptions, honoured where supported). */
export const officeRun: ExcelRun = (batch, reuse) => (reuse ? Excel.run(reuse, batch) : Excel.run({ delayForCellEdit: true }, batch));
