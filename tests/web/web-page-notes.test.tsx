/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { FileHost } from "../../src/web/file-host";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
import { sampleWithChartSheet } from "./chart-sheet-workbook";
import { FIXED_NOW, SAMPLE_PATH } from "./helpers";
import { polyfillBlobArrayBuffer, polyfillTextDecoder } from "./jsdom-apis";

beforeEach(() => localStorage.clear());
beforeAll(() => {
  polyfillBlobArrayBuffer();
  polyfillTextDecoder();
});

function renderPage() {
  const host = new FileHost({ now: () => FIXED_NOW });
  render(<WebPage host={host} storage={observableStorage(localStorage)} themeKind="light" />);
}

test("the download says the officer's 'Bảng tổng hợp' was kept and where ours went, beside its button, in Vietnamese then English", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), new File([(await sampleWithOfficersSummary()) as Uint8Array<ArrayBuffer>], "co bang tong hop.xlsx"));

  const notes = await screen.findByTestId("download-notes", {}, { timeout: 8000 });
  expect(within(screen.getByTestId("result")).getByTestId("download")).toBeTruthy();
  expect(screen.getByRole("note", { name: "Lưu ý về tệp tải về" })).toBe(notes);
  expect(notes.textContent).toContain("Trang 'Bảng tổng hợp' là của cán bộ");
  expect(notes.textContent).toContain("'Bảng tổng hợp (2)'");
  // About the download, so said once, beside it: the pane has nothing of its own to add.
  expect(screen.queryByTestId("write-notes")).toBeNull();

  await user.click(screen.getByRole("button", { name: /Ngôn ngữ: English/ }));
  expect(screen.getByRole("note", { name: "About the downloaded file" })).toBe(notes);
  expect(notes.textContent).toContain("The sheet 'Bảng tổng hợp' is the officer's own");
}, 15000);

test("an officer's chart sheet is carried over into the copy: nothing to say beside the download", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), new File([(await sampleWithChartSheet()) as Uint8Array<ArrayBuffer>], "co bieu do.xlsx"));
  await screen.findByTestId("download", {}, { timeout: 8000 });
  expect(screen.queryByTestId("download-notes")).toBeNull();
}, 15000);

/** The bundled sample with a sheet of the officer's own named like the program's summary. */
async function sampleWithOfficersSummary(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(SAMPLE_PATH) as unknown as ExcelJS.Buffer);
  workbook.addWorksheet("Bảng tổng hợp").getCell("A1").value = "Số liệu của cán bộ";
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

test("a file the copy carries over whole gets no notes beside the download", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), new File([readFileSync(SAMPLE_PATH)], "khoi.xlsx"));
  await screen.findByTestId("download", {}, { timeout: 8000 });
  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10));
  expect(screen.queryByTestId("download-notes")).toBeNull();
}, 15000);
