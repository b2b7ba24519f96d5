import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../scoring/types";
import type { WebBatch } from "./batch-files";
import type { FileHost, WorkbookSource } from "./file-host";

export type BatchView =
  | { status: "running"; index: number; count: number; name: string }
  | { status: "done"; batch: WebBatch }
  | { status: "failed"; detail: string };

/**
 * The several-files view's state: the files' bytes read once when dropped (a File re-read after Excel saved
 * over it fails in Chromium), ranked again when the language changes so every message is in it.
 * `view` is null when no batch is open (the page shows the single-file App).
 */
export function useBatch(host: FileHost, lang: Lang): { view: BatchView | null; open(files: readonly File[]): void; close(): void } {
  const [sources, setSources] = useState<WorkbookSource[] | null>(null);
  const [view, setView] = useState<BatchView | null>(null);

  useEffect(() => {
    if (sources === null) {
      setView(null);
      return;
    }
    let current = true;
    setView({ status: "running", index: 0, count: sources.length, name: "" });
    host
      .rankSeveral(sources, { lang, onFile: (index, count, name) => current && setView({ status: "running", index, count, name }) })
      .then(
        (batch) => current && setView({ status: "done", batch }),
        (error: unknown) => current && setView({ status: "failed", detail: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [host, sources, lang]);

  const open = useCallback((files: readonly File[]) => {
    void Promise.all(files.map(readOnce)).then(setSources);
  }, []);
  const close = useCallback(() => setSources(null), []);
  return { view, open, close };
}

/** The bytes now, or the read error when asked (the batch lists the file as unreadable). */
async function readOnce(file: File): Promise<WorkbookSource> {
  try {
    const bytes = await file.arrayBuffer();
    return { name: file.name, arrayBuffer: async () => bytes.slice(0) };
  } catch (error) {
    return { name: file.name, arrayBuffer: () => Promise.reject(error) };
  }
}
