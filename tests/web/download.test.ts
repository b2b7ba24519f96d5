/** @jest-environment jsdom */
import { saveBytes } from "../../src/web/download";

describe("saveBytes", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["khoi-xep-hang.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["khoi-xep-hang.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"],
  ])("downloads %s as %s, under that name", (name, type) => {
    const createObjectURL = jest.fn((_: Blob) => "blob:copy");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    saveBytes(new Uint8Array([80, 75, 3, 4]), name);
    expect(clicked).toEqual([name]);
    // A Blob keeps its media type in lower case.
    expect(createObjectURL.mock.calls[0][0].type).toBe(type.toLowerCase());
  });
});
