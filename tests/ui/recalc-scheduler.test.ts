import { createRecalcScheduler } from "../../src/ui/recalc-scheduler";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** A run() whose calls stay pending until finish() is called. */
function controllableRun() {
  const finishers: (() => void)[] = [];
  const run = jest.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  const finish = async () => {
    finishers.shift()?.();
    // let the scheduler's finally() run
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { run, finish };
}

test("automatic requests wait for 1 s of quiet after the last one", () => {
  const { run } = controllableRun();
  const s = createRecalcScheduler({ run, delayMs: 1000 });
  s.request();
  jest.advanceTimersByTime(600);
  s.request();
  jest.advanceTimersByTime(600);
  s.request();
  jest.advanceTimersByTime(999);
  expect(run).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(run).toHaveBeenCalledTimes(1);
});

test("requests during a run are queued once and served after it", async () => {
  const { run, finish } = controllableRun();
  const s = createRecalcScheduler({ run, delayMs: 1000 });
  s.runNow();
  expect(s.isRunning()).toBe(true);
  s.runNow();
  s.runNow();
  s.request();
  jest.advanceTimersByTime(1000);
  expect(run).toHaveBeenCalledTimes(1);
  await finish();
  expect(run).toHaveBeenCalledTimes(2);
  await finish();
  expect(run).toHaveBeenCalledTimes(2);
  expect(s.isRunning()).toBe(false);
});

test("a manual run cancels the pending automatic one", async () => {
  const { run, finish } = controllableRun();
  const s = createRecalcScheduler({ run, delayMs: 1000 });
  s.request();
  s.runNow();
  await finish();
  jest.advanceTimersByTime(2000);
  expect(run).toHaveBeenCalledTimes(1);
});

test("a failing run does not stop the queue", async () => {
  const run = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
  const s = createRecalcScheduler({ run, delayMs: 1000 });
  s.runNow();
  s.runNow();
  for (let i = 0; i < 5; i++) await Promise.resolve();
  expect(run).toHaveBeenCalledTimes(2);
});

test("after dispose nothing runs", async () => {
  const { run, finish } = controllableRun();
  const s = createRecalcScheduler({ run, delayMs: 1000 });
  s.request();
  s.dispose();
  jest.advanceTimersByTime(5000);
  s.runNow();
  expect(run).not.toHaveBeenCalled();
  await finish();
});
