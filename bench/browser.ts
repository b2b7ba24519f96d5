/**
 * Shared by the browser benchmarks: a fresh page (own storage, so nothing is cached between two
 * measurements) whose first render is noted by the page itself (firstRenderProbe), and the median of
 * several such loads. A missing Chromium is reported as "not measured", never as a pass.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { chromiumMissing, firstRenderProbe, launchChromium } from "../scripts/browser-kit.mjs";
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

/** Opens `url` in a fresh context and resolves with the page and its first-render time in ms. */
export async function loadOnce(browser: Browser, url: string, probe: Probe, options: BrowserContextOptions = {}): Promise<{ page: Page; firstRenderMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: "vi-VN", ...options });
  const page = await context.newPage();
  await page.addInitScript(firstRenderProbe(probe.selector, probe.text));
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __firstRenderMs?: number }).__firstRenderMs, null, { timeout: 20000 });
  const firstRenderMs = (await handle.jsonValue()) as number;
  return { page, firstRenderMs, close: () => context.close() };
}

/** Median first render over LOADS fresh loads, after one warm-up load (the server's and Chromium's caches). */
export async function medianFirstRender(browser: Browser, url: string, probe: Probe, options: BrowserContextOptions = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const load = await loadOnce(browser, url, probe, options);
    if (i > 0) times.push(load.firstRenderMs);
    await load.close();
  }
  return median(times);
}
