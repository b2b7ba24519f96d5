/**
 * Shared by the browser benchmarks: a fresh page (own storage, so nothing is cached between two
 * measurements) whose first render is noted by the page itself (firstRenderProbe), and the median of
 * several such loads. A missing Chromium is reported as "not measured", never as a pass.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { chromiumMissing, firstRenderProbe, launchChromium, readyProbe } from "../scripts/browser-kit.mjs";
import { goalNotMeasured } from "./goal";
import type { Goal } from "./goals";
import { median } from "./stats";

export const LOADS = 5;

/** Chromium, or null after reporting each goal as not measured. */
export async function browserOrMiss(goals: Goal[]): Promise<Browser | null> {
  const missing = chromiumMissing();
  if (missing === null) return launchChromium();
  for (const goal of goals) goalNotMeasured(goal, missing);
  return null;
}

export interface Probe {
  selector: string;
  text: string;
}

/**
 * Opens `url` in a fresh context and resolves with the page, its first-render time in ms (the static first
 * screen's, painted before the bundle runs) and the time its own React screen replaced that one.
 */
export async function loadOnce(browser: Browser, url: string, probe: Probe, options: BrowserContextOptions = {}): Promise<{ page: Page; firstRenderMs: number; readyMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: "vi-VN", ...options });
  const page = await context.newPage();
  await page.addInitScript(firstRenderProbe(probe.selector, probe.text));
  await page.addInitScript(readyProbe());
  await page.goto(url);
  const handle = await page.waitForFunction(() => {
    const w = window as unknown as { __firstRenderMs?: number; __readyMs?: number };
    return w.__firstRenderMs !== undefined && w.__readyMs !== undefined && [w.__firstRenderMs, w.__readyMs];
  }, null, { timeout: 20000 });
  const [firstRenderMs, readyMs] = (await handle.jsonValue()) as [number, number];
  return { page, firstRenderMs, readyMs, close: () => context.close() };
}

/**
 * Medians over LOADS fresh loads, after one warm-up load (the server's and Chromium's caches): the first
 * render, and (information beside no goal) when the page's own screen took over from the static one.
 */
export async function medianFirstRender(browser: Browser, url: string, probe: Probe, options: BrowserContextOptions = {}): Promise<{ firstRender: number; ready: number }> {
  const first: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const load = await loadOnce(browser, url, probe, options);
    if (i > 0) {
      first.push(load.firstRenderMs);
      ready.push(load.readyMs);
    }
    await load.close();
  }
  return { firstRender: median(first), ready: median(ready) };
}
