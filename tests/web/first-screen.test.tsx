/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRoot } from "react-dom/client";
import type { EarlyInput } from "../../src/ui/first-screen/early-input";
import { FirstScreenHandoff } from "../../src/ui/first-screen/handoff";
import { FileHost } from "../../src/web/file-host";
import { firstScreen } from "../../src/web/first-screen";
import { observableStorage } from "../../src/web/observable-storage";
import { WebPage } from "../../src/web/WebPage";
import { firstScreenPage } from "../ui/first-screen-page";

/** index.html's static first screen and its inline script (first-screen-page.ts). */
const loadPage = firstScreenPage(firstScreen);

const early = () => (window as { __ktdEarly?: EarlyInput }).__ktdEarly!;
const workbook = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

function dropEvent(files: File[]): Event {
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files } });
  return event;
}

/**
 * jsdom has neither DataTransfer nor a files setter taking anything but its own FileList: a transfer whose
 * files are the list of files, and inputs that keep what they are given (restored after the test).
 */
function installDataTransfer(): () => void {
  (window as unknown as { DataTransfer: unknown }).DataTransfer = class {
    files: File[] = [];
    items = { add: (file: File) => this.files.push(file) };
  };
  const original = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "files")!;
  Object.defineProperty(HTMLInputElement.prototype, "files", {
    configurable: true,
    get(this: { given?: File[] }) {
      return this.given ?? null;
    },
    set(this: { given?: File[] }, files: File[]) {
      this.given = files;
    },
  });
  return () => {
    Object.defineProperty(HTMLInputElement.prototype, "files", original);
    delete (window as unknown as { DataTransfer?: unknown }).DataTransfer;
  };
}

const afterTest: (() => void)[] = [];
afterEach(() => afterTest.splice(0).forEach((undo) => undo()));

beforeEach(() => {
  localStorage.clear();
  delete (window as { __ktdEarly?: unknown }).__ktdEarly;
});

test("the static page has the file picker, and Chọn tệp opens it", async () => {
  const user = userEvent.setup();
  loadPage();
  const input = screen.getByTestId("file-input") as HTMLInputElement;
  const opened = jest.spyOn(input, "click");
  await user.click(screen.getByRole("button", { name: "Chọn tệp…" }));
  expect(opened).toHaveBeenCalledTimes(1);
  expect(early().presses).toEqual([]);
});

test("a file picked or dropped on the static page is kept, and the browser does not open a dropped file itself", async () => {
  const user = userEvent.setup();
  loadPage();
  const file = workbook("khoi.xlsx");
  await user.upload(screen.getByTestId("file-input"), file);
  expect(early().picked?.files).toEqual([file]);
  const drop = dropEvent([workbook("a.xlsx"), workbook("b.xlsx")]);
  window.dispatchEvent(drop);
  expect(drop.defaultPrevented).toBe(true);
  expect(early().dropped?.map((f) => f.name)).toEqual(["a.xlsx", "b.xlsx"]);
});

test("the file picked before the page was ready is opened by the page once it is", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  const file = workbook("khoi.xlsx");
  await user.upload(screen.getByTestId("file-input"), file);
  const restore = installDataTransfer();
  afterTest.push(restore);
  const host = new FileHost();
  const open = jest.spyOn(host, "open").mockResolvedValue(undefined);
  await act(async () => {
    createRoot(root).render(
      <FirstScreenHandoff container={root}>
        <WebPage host={host} storage={observableStorage(null)} themeKind="light" />
      </FirstScreenHandoff>,
    );
  });
  await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
  expect(open.mock.calls[0][0]).toBe(file);
  // The page's own handlers from now on: a drop is the page's, not kept for a second hand-over.
  const later = workbook("later.xlsx");
  act(() => {
    window.dispatchEvent(dropEvent([later]));
  });
  expect(early().dropped).toBeNull();
  await waitFor(() => expect(open).toHaveBeenCalledTimes(2));
  expect(open.mock.calls[1][0]).toBe(later);
});
