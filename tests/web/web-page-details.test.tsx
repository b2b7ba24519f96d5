/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileHost } from "../../src/web/file-host";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
import { rankWorkbookFile } from "../../src/xlsx/rank-file";
import { FakeRankWorker } from "./fake-worker";
import { FIXED_NOW, SAMPLE_PATH } from "./helpers";
import { polyfillBlobArrayBuffer, polyfillStructuredClone, polyfillTextDecoder } from "./jsdom-apis";

beforeAll(() => {
  polyfillBlobArrayBuffer();
  polyfillTextDecoder();
  polyfillStructuredClone();
});

test("a member's breakdown opened before its criteria came from the worker is drawn again when they come", async () => {
  const user = userEvent.setup();
  const worker = new FakeRankWorker({ holdDetails: true });
  const host = new FileHost({ startWorker: () => worker, now: () => FIXED_NOW });
  render(<WebPage host={host} storage={observableStorage(localStorage)} themeKind="light" />);
  await user.upload(screen.getByTestId("file-input"), new File([readFileSync(SAMPLE_PATH)], "khoi-17.xlsx"));
  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10), { timeout: 8000 });

  const first = screen.getAllByTestId("ranking-row")[0];
  await user.click(within(first).getAllByRole("button")[0]);
  const criteria = () => within(screen.getByTestId("unit-breakdown")).getAllByRole("list")[0].children.length;
  expect(criteria()).toBe(0);

  worker.releaseDetails();
  await waitFor(() => expect(criteria()).toBeGreaterThan(0), { timeout: 8000 });
  expect(host.redraws).toBe(1);
  await host.whenWritten();
}, 20000);

test("a file ranked before: the changes since then, which follow the ranking from the worker, are drawn when they come", async () => {
  const user = userEvent.setup();
  const before = await rankWorkbookFile(new Uint8Array(readFileSync(SAMPLE_PATH)), { label: "khoi-17.xlsx", lang: "vi", now: FIXED_NOW });
  const later = new Date(FIXED_NOW.getTime() + 3600_000);
  const host = new FileHost({ startWorker: () => new FakeRankWorker(), now: () => later });
  render(<WebPage host={host} storage={observableStorage(localStorage)} themeKind="light" />);
  await user.upload(screen.getByTestId("file-input"), new File([Buffer.from(before.outputBytes)], "khoi-17-xep-hang.xlsx"));
  await waitFor(() => expect(screen.getAllByTestId("ranking-row")).toHaveLength(10), { timeout: 8000 });
  await waitFor(() => expect(screen.getByTestId("changes")).toBeTruthy(), { timeout: 8000 });
  await host.whenWritten();
}, 20000);
