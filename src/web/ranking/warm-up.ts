import { calculate } from "../../workbook/calculate";
import { openWorkbook } from "../../xlsx/package/open-workbook";
import { SAMPLE_URL } from "../sample";
import { shownCalculation } from "./shown-calculation";

/**
 * Runs the bundled sample workbook through the ranking's own steps (reading the package, reading the
 * grid, scoring, rendering, the copy sent to the page) while the worker waits for its first file, and
 * throws the result away.
 *
 * Why: a fresh worker runs every function cold, in the interpreter, with no type feedback: reading a 300 ×
 * 20 workbook took about 0.4 s there against a few dozen milliseconds once the same code is warm. Ranking
 * a small file first lets V8 compile and optimise the reader, scoring and writer with real feedback, so
 * the officer's first file runs warm. Nothing of it is kept but what any ranking leaves (caches of codes).
 *
 * It yields between steps and stops as soon as `stop()` says a file has come: a file never waits for more
 * than the one step under way. Resolves to the number of rounds done.
 */
export async function warmUp(stop: () => boolean, fetcher: typeof fetch = fetch, rounds = 2): Promise<number> {
  let done = 0;
  try {
    const response = await fetcher(SAMPLE_URL);
    if (!response.ok) return done;
    const bytes = new Uint8Array(await response.arrayBuffer());
    for (; done < rounds; done++) {
      if (stop()) return done;
      const { grid } = openWorkbook(bytes, SAMPLE_URL);
      await nextTask();
      if (stop()) return done;
      const calculation = calculate(grid, { lang: "vi", now: new Date(0) });
      if (calculation.result.blocked) return done;
      await nextTask();
      if (stop()) return done;
      shownCalculation(calculation);
      await nextTask();
    }
  } catch {
    // A warm-up that fails (no sample beside the page, a refused fetch) only leaves the worker cold.
  }
  return done;
}

/** Lets a message that came meanwhile (the officer's file) run first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
