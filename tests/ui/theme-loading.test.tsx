/** @jest-environment jsdom */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/ui/App";
import { loadTheme } from "../../src/ui/theme";
import { FakeHost } from "./fake-host";

// In this order: the first test needs the dark and high-contrast chunk not loaded yet.
test("a dark pane waits for its theme instead of flashing light, then renders dark", async () => {
  expect(loadTheme("dark")).toBeInstanceOf(Promise);
  const { container } = render(<App host={new FakeHost()} storage={null} themeKind="dark" />);
  expect(container.querySelector("[data-theme]")).toBeNull();
  expect(await screen.findByRole("button", { name: "Tính lại" })).toBeTruthy();
  expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
});

test("the light theme is there at once; dark and high contrast once their chunk has loaded", async () => {
  expect(loadTheme("light")).toBe(webLightTheme);
  await expect(Promise.resolve(loadTheme("dark"))).resolves.toBe(webDarkTheme);
  expect(loadTheme("dark")).toBe(webDarkTheme);
  expect(loadTheme("highContrast")).toBe(teamsHighContrastTheme);
});

test("a dark pane whose theme is loaded renders dark in its first render (the entries load it first)", () => {
  const { container } = render(<App host={new FakeHost()} storage={null} themeKind="dark" />);
  expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
});

test("a light pane renders its button in the first render", () => {
  render(<App host={new FakeHost()} storage={null} themeKind="light" />);
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
});
