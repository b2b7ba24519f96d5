import { debounce, RecalcQueue } from "../../../src/workbook/host/recalc-queue";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("RecalcQueue", () => {
  it("runs one job at a time and merges requests made during a run into one more run with the latest arguments", async () => {
    const gates = [deferred(), deferred()];
    const calls: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const queue = new RecalcQueue(async (lang: string) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      calls.push(lang);
      await gates[calls.length - 1].promise;
      running--;
      return calls.length;
    });
    const first = queue.request("vi");
    const second = queue.request("vi");
    const third = queue.request("en");
    expect(second).toBe(third);
    expect(queue.busy).toBe(true);
    gates[0].resolve();
    await first;
    gates[1].resolve();
    expect(await third).toBe(2);
    expect(calls).toEqual(["vi", "en"]);
    expect(maxRunning).toBe(1);
    expect(queue.busy).toBe(false);
  });

  it("still runs the queued request when the current one fails", async () => {
    let n = 0;
    const queue = new RecalcQueue(async () => {
      n++;
      if (n === 1) throw new Error("Excel busy");
      return n;
    });
    const first = queue.request(undefined);
    const second = queue.request(undefined);
    await expect(first).rejects.toThrow("Excel busy");
    await expect(second).resolves.toBe(2);
  });
});

describe("debounce", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("calls once, 1000 ms after the last trigger", () => {
    const action = jest.fn();
    const d = debounce(action);
    d.trigger();
    jest.advanceTimersByTime(900);
    d.trigger();
    jest.advanceTimersByTime(900);
    expect(action).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    jest.advanceTimersByTime(100);
    expect(action).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it("can be cancelled", () => {
    const action = jest.fn();
    const d = debounce(action, 500);
    d.trigger();
    d.cancel();
    jest.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
  });
});
