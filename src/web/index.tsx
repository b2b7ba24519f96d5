import { createRoot } from "react-dom/client";
import { defaultStorage } from "../ui/language";
import { FileHost } from "./file-host";
import { observableStorage } from "./observable-storage";
import { afterPaint, type RankWorker } from "./ranking/rank-client";
import { withSpareWorker } from "./ranking/spare-worker";
import { fetchSample } from "./sample";
import { WebPage } from "./WebPage";

const container = document.getElementById("root");
if (container) {
  // webpack bundles the worker from this exact form (its own chunk, fetched when a worker starts).
  const workers = withSpareWorker(() => new Worker(/* webpackChunkName: "rank-worker" */ new URL("./ranking/rank-worker.ts", import.meta.url)) as unknown as RankWorker);
  const host = new FileHost({ loadSample: () => fetchSample(), startWorker: workers.start });
  createRoot(container).render(<WebPage host={host} storage={observableStorage(defaultStorage())} />);
  // While the officer picks a file: the page's first render is not delayed by it.
  void afterPaint().then(workers.prepare);
}
