import { rankWorkbookFile } from "../../xlsx/rank-file";
import { webEngine } from "../web-engine";
import { toFailure } from "./failure";
import type { RankReply, RankRequest } from "./protocol";
import { shownCalculation, shownDetails } from "./shown-calculation";

/**
 * What the worker does with one request, apart from the worker itself (so jest runs it): rankWorkbookFile,
 * each step told through `post`, the copy written once `writeAllowed` resolves (the page has shown the
 * ranking), its buffer handed over rather than copied.
 */
export async function runRanking(request: RankRequest, post: (reply: RankReply, transfer?: Transferable[]) => void, writeAllowed: Promise<void>): Promise<void> {
  try {
    const ranked = await rankWorkbookFile(request.bytes, {
      label: request.label,
      lang: request.lang,
      now: new Date(request.now),
      engine: webEngine(),
      onProgress: (phase) => (phase === "writing" ? writeAllowed : post({ type: "phase", phase })),
      onScored: (calculation) => {
        post({ type: "scored", calculation: shownCalculation(calculation) });
        post({ type: "details", criteria: shownDetails(calculation) });
      },
    });
    post({ type: "written", outputBytes: ranked.outputBytes, notes: ranked.notes, kind: ranked.outputKind }, [ranked.outputBytes.buffer]);
  } catch (error) {
    post({ type: "failed", failure: toFailure(error) });
  }
}
