import type { PageMessage, RankReply, RankRequest } from "../../src/web/ranking/protocol";
import type { RankWorker } from "../../src/web/ranking/rank-client";
import { runRanking } from "../../src/web/ranking/run-ranking";

/**
 * A Worker for jest (jsdom has none): runs the worker's own code (runRanking) in this process, every
 * message structured-cloned both ways as a real worker's is, transferred buffers included, so a reply
 * that could not cross to the page fails here too.
 */
export class FakeRankWorker implements RankWorker {
  onmessage: ((event: MessageEvent<RankReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  readonly requests: RankRequest[] = [];
  readonly replies: RankReply[] = [];
  /** The page's go-ahead for the copy arrived. */
  writeAllowed = false;
  private allowWrite: () => void = () => undefined;
  private readonly writeAllowedPromise = new Promise<void>((resolve) => (this.allowWrite = resolve));

  /** holdDetails: the members' criteria wait for releaseDetails() (a breakdown opened before they come). */
  constructor(private readonly options: { holdDetails?: boolean } = {}) {}

  private holding = false;
  private releaseHeld: () => void = () => undefined;
  private readonly detailsReleased = new Promise<void>((resolve) => (this.releaseHeld = resolve));

  releaseDetails(): void {
    this.releaseHeld();
  }

  postMessage(message: PageMessage, transfer: Transferable[]): void {
    const received = structuredClone(message, { transfer });
    if ("type" in received) {
      this.writeAllowed = true;
      this.allowWrite();
      return;
    }
    this.requests.push(received);
    setTimeout(() => {
      void runRanking(received, (reply, replyTransfer) => {
        const sent = structuredClone(reply, { transfer: replyTransfer });
        this.replies.push(sent);
        const deliver = () => setTimeout(() => !this.terminated && this.onmessage?.({ data: sent } as MessageEvent<RankReply>), 0);
        // Held details hold back what follows them too: a worker's replies arrive in order.
        if (sent.type === "details" && this.options.holdDetails) this.holding = true;
        if (this.holding) void this.detailsReleased.then(deliver);
        else deliver();
      }, this.writeAllowedPromise);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker that fails to start after construction (its script refused): only an error event, no reply. */
export function brokenWorker(): RankWorker & { terminated: boolean } {
  const worker = {
    onmessage: null,
    onerror: null as ((event: Event) => void) | null,
    terminated: false,
    postMessage() {
      setTimeout(() => worker.onerror?.(new Event("error")), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

/** A worker whose ranking fails with a bug (an unexpected error), as the worker reports it. */
export function failingWorker(message: string): RankWorker {
  const worker: RankWorker = {
    onmessage: null,
    onerror: null,
    postMessage() {
      const reply: RankReply = { type: "failed", failure: { kind: "unexpected", message } };
      setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<RankReply>), 0);
    },
    terminate() {},
  };
  return worker;
}
