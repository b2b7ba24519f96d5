import type { RankWorker } from "../../src/web/ranking/rank-client";
import { withSpareWorker } from "../../src/web/ranking/spare-worker";

function fakeWorker(): RankWorker & { terminated: boolean } {
  return {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage() {},
    terminate() {
      this.terminated = true;
    },
  };
}

describe("withSpareWorker", () => {
  it("hands the worker started ahead to the first file, and starts one per later file", () => {
    const started: RankWorker[] = [];
    const workers = withSpareWorker(() => started[started.push(fakeWorker()) - 1]);
    workers.prepare();
    expect(started).toHaveLength(1);
    expect(workers.start()).toBe(started[0]);
    expect(started[0].onerror).toBeNull();
    expect(workers.start()).toBe(started[1]);
    expect(started).toHaveLength(2);
  });

  it("starts nothing ahead once a file was opened first, nor twice", () => {
    let count = 0;
    const first = withSpareWorker(() => (count++, fakeWorker()));
    first.start();
    first.prepare();
    expect(count).toBe(1);
    const second = withSpareWorker(() => (count++, fakeWorker()));
    second.prepare();
    second.prepare();
    expect(count).toBe(2);
  });

  it("never hands out a spare that failed while waiting: it is ended and a fresh one started", () => {
    const started: (RankWorker & { terminated: boolean })[] = [];
    const workers = withSpareWorker(() => started[started.push(fakeWorker()) - 1]);
    workers.prepare();
    started[0].onerror?.(new Event("error"));
    expect(workers.start()).toBe(started[1]);
    expect(started[0].terminated).toBe(true);
  });

  it("a worker that cannot be started ahead (a page from file://) leaves the first file to start its own", () => {
    let attempts = 0;
    const workers = withSpareWorker(() => {
      attempts++;
      throw new DOMException("Script cannot be accessed from origin 'null'", "SecurityError");
    });
    workers.prepare();
    expect(() => workers.start()).toThrow("Script cannot be accessed");
    expect(attempts).toBe(2);
  });
});
