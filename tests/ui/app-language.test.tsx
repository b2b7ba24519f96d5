/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { LANG_STORAGE_KEY } from "../../src/ui/language";
import { FakeHost } from "./fake-host";

beforeEach(() => localStorage.clear());

test("renders in Vietnamese by default, with the empty state before the first run", () => {
  render(<App host={new FakeHost()} />);
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Chưa tính xếp hạng" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("vi");
});

test("switches to English, remembers the choice in localStorage and uses it next time", async () => {
  const user = userEvent.setup();
  const { unmount } = render(<App host={new FakeHost()} />);
  await user.click(screen.getByRole("button", { name: /English/ }));
  // English is downloaded the first time it is chosen: the pane switches when its words arrive.
  expect(await screen.findByRole("button", { name: "Recalculate" })).toBeTruthy();
  expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("en");
  await waitFor(() => expect(document.documentElement.lang).toBe("en"));
  unmount();

  render(<App host={new FakeHost()} />);
  expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: /Tiếng Việt/ }));
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
  expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("vi");
});

test("asks the host to calculate in the chosen language", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: /English/ }));
  await user.click(screen.getByRole("button", { name: "Recalculate" }));
  expect(host.recalculate).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }));
});

test("works when storage is unavailable (blocked in private mode)", async () => {
  const user = userEvent.setup();
  const throwing = {
    getItem: () => {
      throw new Error("denied");
    },
    setItem: () => {
      throw new Error("denied");
    },
  } as unknown as Storage;
  render(<App host={new FakeHost()} storage={throwing} />);
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
});
