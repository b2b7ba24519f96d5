import { createRoot } from "react-dom/client";
import { defaultStorage } from "../ui/language";
import { FileHost } from "./file-host";
import { observableStorage } from "./observable-storage";
import type { RankWorker } from "./ranking/rank-client";
import { fetchSample } from "./sample";
import { WebPage } from "./WebPage";

const container = document.getElementById("root");
if (container) {
  const host = new FileHost({
    loadSample: () => fetchSample(),
    // webpack bundles the worker from this exact form (its own chunk, fetched when a file is dropped).
    startWorker: () => new Worker(/* webpackChunkName: "rank-worker" */ new URL("./ranking/rank-worker.ts", import.meta.url)) as unknown as RankWorker,
  });
  createRoot(container).render(<WebPage host={host} storage={observableStorage(defaultStorage())} />);
}
