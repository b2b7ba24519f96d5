/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRoot } from "react-dom/client";
import { firstScreen } from "../../src/taskpane/first-screen";
import { App } from "../../src/ui/App";
import { NOTICE } from "../../src/ui/first-screen/early-input";
import { FirstScreenHandoff } from "../../src/ui/first-screen/handoff";
import { SLOW_AFTER_MS } from "../../src/ui/first-screen/page-parts";
import { paneEn } from "../../src/scoring/vocabulary/pane-en";
import { paneVi } from "../../src/scoring/vocabulary/pane-vi";
import { loadLanguage } from "../../src/ui/pane-language";
import { FakeHost } from "../ui/fake-host";
import { firstScreenPage } from "../ui/first-screen-page";

/** taskpane.html's static first screen and its inline script (first-screen-page.ts). */
const loadPage = firstScreenPage(firstScreen);

async function mountReal(root: HTMLElement, host: FakeHost): Promise<void> {
  await loadLanguage("en");
  await act(async () => {
    createRoot(root).render(
      <FirstScreenHandoff container={root}>
        <App host={host} themeKind="light" />
      </FirstScreenHandoff>,
    );
  });
}

beforeEach(() => {
  localStorage.clear();
  delete (window as { __ktdEarly?: unknown }).__ktdEarly;
});

test("the static screen is the pane's first screen, word for word, in Vietnamese by default", () => {
  const root = loadPage();
  const staticText = root.textContent;
  expect(root.querySelector("[data-first-screen]")).not.toBeNull();
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
  expect(staticText).not.toContain("Recalculate");
  const { container } = render(<App host={new FakeHost()} storage={null} themeKind="light" />);
  expect(staticText).toBe(container.textContent);
  expect(document.documentElement.lang).toBe("vi");
});

test("a remembered English shows the English static screen", () => {
  localStorage.setItem("ktd.lang", "en");
  const root = loadPage();
  expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
  expect(root.textContent).not.toContain("Tính lại");
  expect(document.documentElement.lang).toBe("en");
});

test("the static language button switches the static screen at once and is remembered", async () => {
  const user = userEvent.setup();
  loadPage();
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
  expect(localStorage.getItem("ktd.lang")).toBe("en");
});

test("Tính lại pressed before the pane is ready shows it is working, then runs once when the pane is ready", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  const early = screen.getByRole("button", { name: "Tính lại" });
  await user.click(early);
  await user.click(early);
  expect(early.textContent).toBe("Đang tính…");
  expect(early.getAttribute("aria-disabled")).toBe("true");
  const host = new FakeHost();
  await mountReal(root, host);
  expect(root.querySelector("[data-first-screen]")).toBeNull();
  await waitFor(() => expect(host.recalculate).toHaveBeenCalledTimes(1));
  expect(host.recalculate.mock.calls[0][0].lang).toBe("vi");
  expect(screen.getByRole("button", { name: "Đang tính…" })).toBeTruthy();
});

test("nothing pressed on the static screen: the pane starts idle, and later presses are the pane's alone", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  const host = new FakeHost();
  await mountReal(root, host);
  expect(host.recalculate).not.toHaveBeenCalled();
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  expect(host.recalculate).toHaveBeenCalledTimes(1);
});

test("the automatic switch turned off before the pane is ready stays still, then is off in the pane", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  const early = screen.getByRole("switch");
  await user.click(early);
  expect((early as HTMLInputElement).checked).toBe(true);
  const host = new FakeHost();
  await mountReal(root, host);
  expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(false);
});

test("English chosen on the static screen: the pane starts in English and runs Tính lại in English", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  await user.click(screen.getByRole("button", { name: /English/ }));
  await user.click(screen.getByRole("button", { name: "Recalculate" }));
  expect(screen.getByRole("button", { name: "Calculating…" })).toBeTruthy();
  const host = new FakeHost();
  await mountReal(root, host);
  await waitFor(() => expect(host.recalculate).toHaveBeenCalledTimes(1));
  expect(host.recalculate.mock.calls[0][0].lang).toBe("en");
});

test("Tạo mẫu pressed before the pane is ready inserts the sample once the pane is ready", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  await user.click(screen.getByRole("button", { name: "Tạo mẫu" }));
  expect(screen.getByRole("button", { name: "Đang tạo mẫu…" })).toBeTruthy();
  const host = new FakeHost();
  await mountReal(root, host);
  await waitFor(() => expect(host.insertSample).toHaveBeenCalledWith({ overwrite: false }));
});

test("the keyboard focus on the static screen is on the same control of the pane once it is ready", async () => {
  const user = userEvent.setup();
  const root = loadPage();
  await user.tab();
  await user.tab();
  expect(document.activeElement?.textContent).toBe("Tính lại");
  await mountReal(root, new FakeHost());
  expect(root.querySelector("[data-first-screen]")).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Tính lại" }));
});

describe("a program slow to load, or that cannot be loaded", () => {
  afterEach(() => jest.useRealTimers());

  test("after a while the static screen says the program is slow and that what was pressed will be done, in its language", () => {
    jest.useFakeTimers();
    loadPage();
    expect(screen.queryByRole("alert")).toBeNull();
    jest.advanceTimersByTime(SLOW_AFTER_MS - 1);
    expect(screen.queryByRole("alert")).toBeNull();
    jest.advanceTimersByTime(1);
    expect(screen.getByRole("alert").textContent).toBe(paneVi.loadingSlow);
    // Switching language keeps the notice, in the other language.
    fireEvent.click(screen.getByRole("button", { name: /English/ }));
    expect(screen.getByRole("alert").textContent).toBe(paneEn.loadingSlow);
  });

  test("a script that cannot be fetched is reported at once as a failure, with what to do", () => {
    loadPage();
    const script = document.createElement("script");
    document.head.appendChild(script);
    script.dispatchEvent(new Event("error"));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toBe(paneVi.loadingFailed);
    expect(alert.getAttribute("data-kind")).toBe("failed");
    expect(alert.hasAttribute(NOTICE)).toBe(true);
    // Nothing can run any more: the buttons look unavailable, the language switch still works.
    expect(screen.getByRole("button", { name: "Tính lại" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: /English/ }).getAttribute("aria-disabled")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /English/ }));
    expect(screen.getByRole("button", { name: "Recalculate" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe(paneEn.loadingFailed);
    fireEvent.click(screen.getByRole("button", { name: "Recalculate" }));
    expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
  });

  test("once the pane has taken over, the static screen's timer says nothing", async () => {
    jest.useFakeTimers();
    const root = loadPage();
    await mountReal(root, new FakeHost());
    jest.advanceTimersByTime(SLOW_AFTER_MS);
    expect(root.querySelector(`[${NOTICE}]`)).toBeNull();
  });
});
