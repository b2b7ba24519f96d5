/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { LANG_STORAGE_KEY } from "../../src/ui/language";
import { loadedLanguage } from "../../src/ui/pane-language";
import { FakeHost } from "./fake-host";

/** The English chunk's download, which the first test lets fail once as an offline pane would see it. */
let mockOffline = false;
jest.mock("../../src/ui/pane-english", () => {
  if (mockOffline) throw new Error("offline");
  return jest.requireActual("../../src/ui/pane-english");
});

beforeEach(() => localStorage.clear());

test("English is not loaded until it is chosen; a failed download keeps Vietnamese and choosing again retries", async () => {
  const user = userEvent.setup();
  render(<App host={new FakeHost()} />);
  expect(loadedLanguage("en")).toBeUndefined();

  mockOffline = true;
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
  expect(loadedLanguage("en")).toBeUndefined();

  mockOffline = false;
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(await screen.findByRole("button", { name: "Recalculate" })).toBeTruthy();
  expect(loadedLanguage("en")?.pane.recalc).toBe("Recalculate");
});

test("a remembered English is shown once it has arrived, and switching back is immediate", async () => {
  localStorage.setItem(LANG_STORAGE_KEY, "en");
  const user = userEvent.setup();
  render(<App host={new FakeHost()} />);
  expect(await screen.findByRole("button", { name: "Recalculate" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: /Tiếng Việt/ }));
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
});
