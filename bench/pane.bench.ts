/**
 * The task pane in headless Chromium, as Excel's 320 px pane with the in-memory Excel of the browser
 * tests in place of office.js: the gzip size of the JavaScript it loads before its first render, and the
 * time from navigation to the Tính lại button (median of fresh loads): the static first screen's, painted
 * before the bundle runs, whose presses are kept and done once the pane is ready (src/ui/first-screen/). Goals (bench/goals.ts): < 120 KB,
 * < 500 ms. Builds dist/ first when it is older than the sources (as npm run test:e2e does).
 */
import { bundleFakeOffice, ensurePaneBuild, paneScripts, servePane } from "../scripts/browser-kit.mjs";
import { browserOrMiss, LOADS, medianFirstRender } from "./browser";
import { reportGoal } from "./goal";
import { GOALS } from "./goals";

export async function run(): Promise<void> {
  const paneHtml = ensurePaneBuild();
  const sizes = paneScripts(paneHtml);
  console.log(`first-render scripts: ${sizes.initial.join(", ")}; all ${sizes.files} task pane scripts ${(sizes.totalBytes / 1024).toFixed(1)} KB gzip`);
  reportGoal(GOALS.paneInitialJs, sizes.initialBytes / 1024);

  const browser = await browserOrMiss([GOALS.paneFirstRender]);
  if (!browser) return;
  const server = await servePane(await bundleFakeOffice());
  try {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("the pane's server has no port");
    const url = `http://127.0.0.1:${address.port}/${paneHtml}`;
    const { firstRender, ready } = await medianFirstRender(browser, url, { selector: "button", text: "Tính lại" }, { viewport: { width: 320, height: 900 } });
    console.log(`median of ${LOADS} fresh loads after a warm-up; the pane's own (React) screen took over at ${ready.toFixed(0)} ms (median)`);
    reportGoal(GOALS.paneFirstRender, firstRender);
  } finally {
    await browser.close();
    server.close();
  }
}
