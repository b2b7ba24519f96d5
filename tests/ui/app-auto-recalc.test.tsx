/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { calculation, rankedUnits } from "./fixtures";
import { FakeHost, ranked } from "./fake-host";

beforeEach(() => {
  localStorage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

/** Let pending promise callbacks (the host's start(), a run's end) settle inside act. */
const flush = () => act(async () => undefined);

function edit(host: FakeHost) {
  act(() => host.changeListener?.());
}

test("auto-recalc is on by default and subscribes to the host's changes", async () => {
  const host = new FakeHost();
  render(<App host={host} />);
  await flush();
  expect((screen.getByRole("switch", { name: "Tự động tính lại" }) as HTMLInputElement).checked).toBe(true);
  expect(host.changes.start).toHaveBeenCalledTimes(1);
  expect(host.changeListener).not.toBeNull();
});

test("a burst of edits recalculates once, about 1 s after the last edit", async () => {
  const host = new FakeHost();
  render(<App host={host} />);
  await flush();
  edit(host);
  act(() => jest.advanceTimersByTime(700));
  edit(host);
  act(() => jest.advanceTimersByTime(700));
  edit(host);
  act(() => jest.advanceTimersByTime(999));
  expect(host.recalculate).not.toHaveBeenCalled();
  act(() => jest.advanceTimersByTime(1));
  expect(host.recalculate).toHaveBeenCalledTimes(1);
});

test("edits during a run queue exactly one more run after it", async () => {
  const host = new FakeHost();
  render(<App host={host} />);
  await flush();
  edit(host);
  act(() => jest.advanceTimersByTime(1000));
  expect(host.recalculate).toHaveBeenCalledTimes(1);
  edit(host);
  act(() => jest.advanceTimersByTime(1000));
  edit(host);
  act(() => jest.advanceTimersByTime(1000));
  expect(host.recalculate).toHaveBeenCalledTimes(1);
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  expect(host.recalculate).toHaveBeenCalledTimes(2);
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  expect(host.recalculate).toHaveBeenCalledTimes(2);
});

test("switching it off unsubscribes, and edits no longer recalculate", async () => {
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  const host = new FakeHost();
  render(<App host={host} />);
  await flush();
  const listener = host.changeListener!;
  await user.click(screen.getByRole("switch", { name: "Tự động tính lại" }));
  await flush();
  expect(host.changes.stop).toHaveBeenCalledTimes(1);
  act(() => listener());
  act(() => jest.advanceTimersByTime(5000));
  expect(host.recalculate).not.toHaveBeenCalled();
});

test("without change events the switch is disabled and says why", async () => {
  const host = new FakeHost({ changesSupported: false });
  render(<App host={host} />);
  await flush();
  const toggle = screen.getByRole("switch", { name: "Tự động tính lại" }) as HTMLInputElement;
  expect(toggle.disabled).toBe(true);
  expect(toggle.checked).toBe(false);
  expect(screen.getByText(/không báo sự kiện thay đổi ô/)).toBeTruthy();
  expect(host.changes.start).not.toHaveBeenCalled();
});

test("unmounting stops listening", async () => {
  const host = new FakeHost();
  const { unmount } = render(<App host={host} />);
  await flush();
  unmount();
  expect(host.changes.stop).toHaveBeenCalledTimes(1);
});
