/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { StatusBar } from "../../src/ui/components/StatusBar";
import { LanguageProvider } from "../../src/ui/language";
import { calculation, rankedUnits } from "./fixtures";
import { FakeHost, ranked } from "./fake-host";

beforeEach(() => localStorage.clear());

const SUMMARY = "10 đơn vị xếp hạng · 0 lỗi · 2 cảnh báo · 0,1 giây · Tính lúc 20:06";

function renderStatus(idleText: string, running = false) {
  return render(
    <LanguageProvider storage={null}>
      <StatusBar running={running} phase={null} idleText={idleText} />
    </LanguageProvider>,
  );
}

test("each part of the summary wraps as a whole, so a narrow pane never splits '0,1 giây'", () => {
  renderStatus(SUMMARY);
  const status = screen.getByRole("status");
  expect(status.textContent).toBe(SUMMARY);
  const seconds = [...status.querySelectorAll("span")].find((s) => s.textContent === "0,1 giây");
  expect(seconds).toBeDefined();
  expect(getComputedStyle(seconds!).whiteSpace).toBe("nowrap");
});

test("a single message (a phase, a failure) may wrap anywhere: nothing forced onto one line", () => {
  renderStatus("", true);
  const spans = [...screen.getByRole("status").querySelectorAll("span")].filter((s) => s.textContent === "Đang bắt đầu…");
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) expect(getComputedStyle(span).whiteSpace).not.toBe("nowrap");
});

test("before the first run the status line takes no room; once it has text it keeps a line's height", () => {
  const { unmount } = renderStatus("");
  const outer = () => screen.getByRole("status").parentElement!;
  expect(getComputedStyle(outer()).minHeight).not.toBe("1.5em");
  unmount();
  renderStatus(SUMMARY);
  expect(getComputedStyle(outer()).minHeight).toBe("1.5em");
});

test("the automatic switch's track starts at the pane's edge, in line with the buttons", async () => {
  render(<App host={new FakeHost()} />);
  await act(async () => undefined);
  const indicator = document.querySelector(".fui-Switch__indicator")!;
  // jsdom cannot compute Fluent's `margin: var(…) var(…)`, so read the rules that apply to the track.
  const applying = [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && indicator.matches(rule.selectorText));
  expect(applying.some((rule) => rule.style.getPropertyValue("margin-left").trim() === "0")).toBe(true);
});

test("the summary of a finished run keeps its words together in the App too", async () => {
  const host = new FakeHost();
  render(<App host={host} now={() => new Date(2018, 11, 20, 14, 5)} />);
  await userEvent.setup().click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()), 840)));
  const seconds = [...screen.getByRole("status").querySelectorAll("span")].find((s) => s.textContent === "0,8 giây");
  expect(seconds && getComputedStyle(seconds).whiteSpace).toBe("nowrap");
});
