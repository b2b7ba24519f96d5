/** Errors shaped like OfficeExtension.Error (name "RichApi.Error", a stable `code`), so the adapter's error mapping is exercised. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export const propertyNotLoaded = (objectName: string, prop: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${objectName} is not available. Before reading it, call load() on the object and then context.sync().`,
  );

export const apiNotFound = (api: string, version: string): FakeOfficeError =>
  new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}, which this fake Excel build does not support.`);
