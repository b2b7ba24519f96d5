/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { FileHost } from "../../src/web/file-host";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
import { errorWorkbook } from "./error-workbook";
import { polyfillBlobArrayBuffer, polyfillTextDecoder } from "./jsdom-apis";
import { FIXED_NOW, SAMPLE_PATH } from "./helpers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

beforeAll(() => {
  polyfillBlobArrayBuffer();
  polyfillTextDecoder();
});
beforeEach(() => localStorage.clear());

function renderPage() {
  const host = new FileHost({ now: () => FIXED_NOW });
  render(<WebPage host={host} storage={observableStorage(localStorage)} themeKind="light" />);
}

async function province(): Promise<File[]> {
  const blocked = new Uint8Array(await errorWorkbook().xlsx.writeBuffer());
  return [
    new File([readFileSync(SAMPLE_PATH)], "khoi-17.xlsx", { type: XLSX }),
    new File([blocked], "loi.xlsx", { type: XLSX }),
    new File(["không phải sổ làm việc"], "ghi-chu.xlsx", { type: XLSX }),
  ];
}

function captureDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), "blob:x")), revokeObjectURL: jest.fn() });
  const names: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, restore: () => click.mockRestore() };
}

test("several files picked at once get the batch's summary: per file its bloc, year, status, leaders or problems", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), await province());

  const summary = await screen.findByTestId("batch-summary", {}, { timeout: 12000 });
  const rows = within(summary).getAllByTestId("batch-row");
  // In name order, as the command line lists a folder.
  expect(rows.map((r) => r.textContent?.split(/(?=Đã xếp hạng|Có lỗi|Không đọc được)/)[0])).toEqual([
    expect.stringMatching(/^ghi-chu\.xlsx/),
    expect.stringMatching(/^khoi-17\.xlsx.*Khối 17.*2018/),
    expect.stringMatching(/^loi\.xlsx/),
  ]);
  expect(within(summary).getAllByTestId("batch-status").map((c) => c.textContent)).toEqual(["Không đọc được", "Đã xếp hạng", "Có lỗi, chưa xếp hạng"]);
  expect(rows[0].textContent).toContain("không phải là sổ làm việc Excel");
  expect(rows[2].textContent).toContain("Chỉ tiêu!G2");
  expect(within(rows[1]).getAllByRole("listitem")).toHaveLength(3);
  expect(screen.getByTestId("batch-counts").textContent).toBe("1 đã xếp hạng, 1 có lỗi, 1 không đọc được");
  // The single-file App and its download are not shown over the summary.
  expect(screen.queryByTestId("ranking-row")).toBeNull();
  expect(screen.queryByTestId("opened-file")).toBeNull();
}, 20000);

test("offers the summary workbook and each readable file's ranked copy for download", async () => {
  const user = userEvent.setup();
  const downloads = captureDownloads();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), await province());
  await user.click(await screen.findByTestId("batch-download-summary", {}, { timeout: 12000 }));
  for (const button of screen.getAllByTestId("batch-download-copy")) await user.click(button);
  expect(downloads.names).toEqual(["tong-hop.xlsx", "khoi-17-xep-hang.xlsx", "loi-xep-hang.xlsx"]);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await downloads.blobs[0].arrayBuffer()) as unknown as ExcelJS.Buffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
  const files = new Set<string>();
  book.worksheets[0].eachRow((row, n) => n > 3 && files.add(String(row.getCell(1).value)));
  expect([...files]).toEqual(["ghi-chu.xlsx", "khoi-17.xlsx", "loi.xlsx"]);
  downloads.restore();
}, 20000);

test("one file dropped after a batch brings back the full single-file view", async () => {
  const user = userEvent.setup();
  renderPage();
  const files = await province();
  await user.upload(screen.getByTestId("file-input"), files);
  await screen.findByTestId("batch-summary", {}, { timeout: 12000 });
  await user.upload(screen.getByTestId("file-input"), files[0]);
  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10), { timeout: 12000 });
  expect(screen.queryByTestId("batch-summary")).toBeNull();
}, 30000);
