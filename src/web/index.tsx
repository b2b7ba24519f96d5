import { createRoot } from "react-dom/client";
import { defaultStorage, readStoredLang } from "../ui/language";
import { loadLanguage } from "../ui/pane-language";
import { FileHost } from "./file-host";
import { observableStorage } from "./observable-storage";
import { afterPaint } from "../ui/after-paint";
import type { RankWorker } from "./ranking/rank-client";
import { withSpareWorker } from "./ranking/spare-worker";
import { fetchSample } from "./sample";
import { WebPage } from "./WebPage";

const container = document.getElementById("root");
if (container) {
  // A remembered English is fetched before the first render, so the page never starts in the other language.
  void loadLanguage(readStoredLang(defaultStorage())).catch(() => undefined).then(() => render(container));
}

function render(container: HTMLElement): void {
  // webpack bundles the worker from this exact form (its own chunk, fetched when a worker starts).
  const workers = withSpareWorker(() => new Worker(/* webpackChunkName: "rank-worker" */ new URL("./ranking/rank-worker.ts", import.meta.url)) as unknown as RankWorker);
  const host = new FileHost({ loadSample: () => fetchSample(), startWorker: workers.start });
  createRoot(container).render(<WebPage host={host} storage={observableStorage(defaultStorage())} />);
  // While the officer picks a file: the page's first render is not delayed by it.
  void afterPaint().then(workers.prepare);
}
