/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileHost } from "../../src/web/file-host";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
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
