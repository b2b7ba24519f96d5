/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileHost } from "../../src/web/file-host";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
import { errorWorkbook } from "./error-workbook";
import { FIXED_NOW, SAMPLE_PATH, sampleSource } from "./helpers";

beforeEach(() => localStorage.clear());

// jsdom's Blob lacks arrayBuffer(), which every browser the page supports has.
beforeAll(() => {
  if ("arrayBuffer" in Blob.prototype) return;
  Object.defineProperty(Blob.prototype, "arrayBuffer", {
    configurable: true,
    value(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
});

function renderPage(options: { withSample?: boolean } = {}) {
  const host = new FileHost({ now: () => FIXED_NOW, loadSample: options.withSample ? async () => sampleSource() : undefined });
  render(<WebPage host={host} storage={observableStorage(localStorage)} themeKind="light" />);
  return host;
}

const sampleFile = () => new File([readFileSync(SAMPLE_PATH)], "khoi-17-kien-giang-2018.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

test("shows the product, the privacy promise and the command line in Vietnamese, and follows the App's language switch", async () => {
  const user = userEvent.setup();
  renderPage();
  expect(screen.getByTestId("product-name").textContent).toBe("Chấm điểm thi đua — Khối thi đua");
  expect(screen.getByTestId("privacy").textContent).toBe("Tệp được xử lý ngay trong trình duyệt, không tải lên đâu cả");
  expect(within(screen.getByTestId("footer")).getByText("npm run rank -- tệp.xlsx")).toBeTruthy();
  expect(document.title).toBe("Chấm điểm thi đua — Khối thi đua");

  await user.click(screen.getByRole("button", { name: /Ngôn ngữ: English/ }));

  expect(screen.getByTestId("privacy").textContent).toBe("Your file is processed in this browser; nothing is uploaded");
  expect(screen.getByRole("button", { name: "Choose a file…" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
  expect(localStorage.getItem("ktd.lang")).toBe("en");
});

test("a picked workbook is ranked automatically and its result offered for download as <name>-xep-hang.xlsx", async () => {
  const user = userEvent.setup();
  const createObjectURL = jest.fn((_: Blob) => "blob:result");
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const clicked: HTMLAnchorElement[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  renderPage();

  await user.upload(screen.getByTestId("file-input"), sampleFile());
  expect(screen.getByTestId("opened-file").textContent).toContain("khoi-17-kien-giang-2018.xlsx");

  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10), { timeout: 8000 });
  await user.click(await screen.findByTestId("download", {}, { timeout: 8000 }));
  expect(clicked.map((a) => a.download)).toEqual(["khoi-17-kien-giang-2018-xep-hang.xlsx"]);
  const blob = createObjectURL.mock.calls[0][0];
  expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(blob.size).toBeGreaterThan(readFileSync(SAMPLE_PATH).length);
  click.mockRestore();
}, 15000);

test("a blocked file never shows the previous file's ranking as its own", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), sampleFile());
  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10), { timeout: 8000 });

  const errors = new Uint8Array(await errorWorkbook().xlsx.writeBuffer());
  await user.upload(screen.getByTestId("file-input"), new File([errors], "loi.xlsx"));
  await screen.findByText(/Chưa xếp hạng được/, {}, { timeout: 8000 });
  expect(screen.queryAllByTestId("ranking-row")).toHaveLength(0);
  expect(screen.queryByText("Xếp hạng trước (được giữ nguyên)")).toBeNull();
  expect(within(screen.getByTestId("problem-list")).getByText("Chỉ tiêu!G2")).toBeTruthy();
}, 20000);

test("a file that is not a workbook gets the file message and no download", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.upload(screen.getByTestId("file-input"), new File(["Mã đơn vị,Tên đơn vị"], "don-vi.xlsx"));
  await waitFor(() => expect(screen.getByText(/Tệp "don-vi.xlsx" không phải là sổ làm việc Excel/)).toBeTruthy(), { timeout: 5000 });
  expect(screen.queryByTestId("download")).toBeNull();
}, 10000);

test("Tạo mẫu opens the bundled sample and ranks it at once", async () => {
  const user = userEvent.setup();
  renderPage({ withSample: true });
  await user.click(screen.getByRole("button", { name: "Tạo mẫu" }));
  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10), { timeout: 8000 });
  expect(screen.getByTestId("opened-file").textContent).toContain("khoi-17-kien-giang-2018.xlsx");
  expect((await screen.findByTestId("download", {}, { timeout: 8000 })).textContent).toContain("khoi-17-kien-giang-2018-xep-hang.xlsx");
}, 15000);

test("an opened file is ranked at once (no wait for more edits), in an App embedded without the Excel-only switch", async () => {
  // Fake timers: "at once" is checked against the App's clock, never the machine's.
  jest.useFakeTimers();
  try {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const host = renderPage();
    const recalculate = jest.spyOn(host, "recalculate");
    const open = jest.spyOn(host, "open");
    expect(screen.queryByRole("switch")).toBeNull();
    expect(getComputedStyle(screen.getByTestId("app-page")).minHeight).not.toBe("100vh");

    await user.upload(screen.getByTestId("file-input"), sampleFile());
    // Reading the file's bytes is real I/O (slow on a busy machine): wait for the open to finish, then
    // measure "at once" from there on the App's clock.
    await act(async () => {
      await open.mock.results[0]?.value;
    });
    expect(open).toHaveBeenCalledTimes(1);
    // The App's quiet period for cell edits in Excel is 1 s: half of it passes and the file is already being ranked.
    await act(async () => {
      await jest.advanceTimersByTimeAsync(500);
    });
    expect(recalculate).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
}, 15000);
