import { OFFICE_READY_TIMEOUT_MS, waitForOffice } from "../../src/taskpane/office-ready";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("ready when Office.onReady resolves in time", async () => {
  await expect(waitForOffice({ onReady: () => Promise.resolve({}) })).resolves.toBe("ready");
});

test("times out after about 10 s when office.js never becomes ready (blocked by a firewall)", async () => {
  const outcome = waitForOffice({ onReady: () => new Promise(() => undefined) });
  let settled: string | null = null;
  void outcome.then((v) => (settled = v));
  await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1);
  expect(settled).toBeNull();
  await jest.advanceTimersByTimeAsync(1);
  expect(settled).toBe("timeout");
  expect(OFFICE_READY_TIMEOUT_MS).toBe(10_000);
});

test("no Office global at all (the script did not load) is a timeout at once", async () => {
  await expect(waitForOffice(undefined)).resolves.toBe("timeout");
});
