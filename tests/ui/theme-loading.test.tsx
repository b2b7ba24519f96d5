/** @jest-environment jsdom */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { loadTheme } from "../../src/ui/theme";
import { FakeHost } from "./fake-host";

test("the light theme is there at once; dark and high contrast come from their own chunk", async () => {
  expect(loadTheme("light")).toBe(webLightTheme);
  const dark = loadTheme("dark");
  expect(dark).toBeInstanceOf(Promise);
  await expect(dark).resolves.toBe(webDarkTheme);
  await expect(loadTheme("highContrast")).resolves.toBe(teamsHighContrastTheme);
});

test("a dark pane waits for its theme instead of flashing light, then renders dark", async () => {
  const { container } = render(<App host={new FakeHost()} storage={null} themeKind="dark" />);
  expect(container.querySelector("[data-theme]")).toBeNull();
  expect(await screen.findByRole("button", { name: "Tính lại" })).toBeTruthy();
  expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
});

test("a light pane renders its button in the first render", () => {
  render(<App host={new FakeHost()} storage={null} themeKind="light" />);
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
});
