/** @jest-environment jsdom */
import { act, render, screen, waitFor } from "@testing-library/react";
import { afterPaint, usePaintedFor } from "../../src/ui/after-paint";

test("afterPaint waits two frames, then a task; a second at most where frames never come (a hidden tab)", async () => {
  jest.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  const own = globalThis.requestAnimationFrame;
  globalThis.requestAnimationFrame = jest.fn((callback: FrameRequestCallback) => frames.push(callback));
  try {
    let painted = false;
    void afterPaint().then(() => (painted = true));
    frames.shift()!(0);
    await jest.advanceTimersByTimeAsync(0);
    expect(painted).toBe(false);
    frames.shift()!(16);
    await jest.advanceTimersByTimeAsync(0);
    expect(painted).toBe(true);

    let hidden = false;
    void afterPaint().then(() => (hidden = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(hidden).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(hidden).toBe(true);
  } finally {
    globalThis.requestAnimationFrame = own;
    jest.useRealTimers();
  }
});

function Probe({ id }: { id: number }) {
  return <span data-testid="probe">{usePaintedFor(id) ? `painted ${id}` : `drawing ${id}`}</span>;
}

test("usePaintedFor: false in the render that brings a new key, true once that render had its paint", async () => {
  const { rerender } = render(<Probe id={1} />);
  expect(screen.getByTestId("probe").textContent).toBe("drawing 1");
  await waitFor(() => expect(screen.getByTestId("probe").textContent).toBe("painted 1"));
  act(() => rerender(<Probe id={2} />));
  expect(screen.getByTestId("probe").textContent).toBe("drawing 2");
  await waitFor(() => expect(screen.getByTestId("probe").textContent).toBe("painted 2"));
});
