/**
 * The ranking worker of the standalone page: reading, scoring and writing a dropped workbook off the
 * main thread, so the page keeps painting its progress. Started by index.tsx, one per file (rank-client.ts).
 */
import type { RankReply, RankRequest } from "./protocol";
import { runRanking } from "./run-ranking";

const scope = self as unknown as { onmessage: ((event: MessageEvent<RankRequest>) => void) | null; postMessage(reply: RankReply, options?: { transfer?: Transferable[] }): void };

scope.onmessage = (event) => {
  void runRanking(event.data, (reply, transfer) => scope.postMessage(reply, { transfer }));
};
