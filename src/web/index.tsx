import { createRoot } from "react-dom/client";
import { afterPaint } from "../ui/after-paint";
import { FirstScreenHandoff } from "../ui/first-screen/handoff";
import { defaultStorage, readStoredLang } from "../ui/language";
import { loadLanguage } from "../ui/pane-language";
import { chooseThemeKind, currentThemeEnvironment, loadTheme } from "../ui/theme";
import { FileHost } from "./file-host";
import { observableStorage } from "./observable-storage";
import type { RankWorker } from "./ranking/rank-client";
import { withSpareWorker } from "./ranking/spare-worker";
import { fetchSample } from "./sample";
import { WebPage } from "./WebPage";

const container = document.getElementById("root");
if (container) {
  // The first render replaces the static first screen (index.html): it must be the whole page at once, in
  // the language that screen shows (a remembered English is fetched first) and in its final theme.
  void start(container);
}

async function start(container: HTMLElement): Promise<void> {
  const language = () => loadLanguage(readStoredLang(defaultStorage())).catch(() => undefined);
  await Promise.all([language(), Promise.resolve(loadTheme(chooseThemeKind(currentThemeEnvironment()))).catch(() => undefined)]);
  // Switched on the static screen meanwhile: that language too (at once when it is already here).
  await language();
  render(container);
}

function render(container: HTMLElement): void {
  // webpack bundles the worker from this exact form (its own chunk, fetched when a worker starts).
  const workers = withSpareWorker(() => new Worker(/* webpackChunkName: "rank-worker" */ new URL("./ranking/rank-worker.ts", import.meta.url)) as unknown as RankWorker);
  const host = new FileHost({ loadSample: () => fetchSample(), startWorker: workers.start });
  createRoot(container).render(
    <FirstScreenHandoff container={container}>
      <WebPage host={host} storage={observableStorage(defaultStorage())} />
    </FirstScreenHandoff>,
  );
  // While the officer picks a file: the page's first render is not delayed by it.
  void afterPaint().then(workers.prepare);
}
