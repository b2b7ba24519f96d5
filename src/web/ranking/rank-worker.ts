/**
 * The ranking worker of the standalone page: reading, scoring and writing a dropped workbook off the
 * main thread, so the page keeps painting its progress. Started by index.tsx, one per file (rank-client.ts):
 * its first message is the file, its second the go-ahead for the copy.
 */
import type { PageMessage, RankReply } from "./protocol";
import { runRanking } from "./run-ranking";
import { warmUp } from "./warm-up";

const scope = self as unknown as { onmessage: ((event: MessageEvent<PageMessage>) => void) | null; postMessage(reply: RankReply, options?: { transfer?: Transferable[] }): void };

let goAhead: () => void = () => undefined;
const writeAllowed = new Promise<void>((resolve) => (goAhead = resolve));

let fileCame = false;

scope.onmessage = ({ data }) => {
  if ("type" in data) goAhead();
  else {
    fileCame = true;
    void runRanking(data, (reply, transfer) => scope.postMessage(reply, { transfer }), writeAllowed);
  }
};

// Until the file comes, rank the sample to warm the code up (warm-up.ts).
void warmUp(() => fileCame);
