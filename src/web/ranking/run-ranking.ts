import type { CalculationWithExtras } from "../../workbook/extras/extras";
import { rankWorkbookFile } from "../../xlsx/rank-file";
import { engineAhead } from "../inflate-ahead";
import { toFailure } from "./failure";
import type { RankReply, RankRequest } from "./protocol";
import { shownCalculation, shownDetails } from "./shown-calculation";

/**
 * What the worker does with one request, apart from the worker itself (so jest runs it): rankWorkbookFile,
 * each step told through `post`; once `writeAllowed` resolves (the page has shown the ranking) each member's
 * criteria and the extras, then the copy, its buffer handed over rather than copied.
 */
export async function runRanking(request: RankRequest, post: (reply: RankReply, transfer?: Transferable[]) => void, writeAllowed: Promise<void>): Promise<void> {
  let scored: CalculationWithExtras | null = null;
  // The criteria and extras wait for the go-ahead too: received on the page's thread, they would hold
  // back the painting of the ranking they follow.
  const afterShown = async () => {
    await writeAllowed;
    if (scored) post({ type: "details", ...shownDetails(scored) });
  };
  try {
    const ranked = await rankWorkbookFile(request.bytes, {
      label: request.label,
      lang: request.lang,
      now: new Date(request.now),
      engine: await engineAhead(request.bytes),
      onProgress: (phase) => (phase === "writing" ? afterShown() : post({ type: "phase", phase })),
      // The ranking goes as soon as it is scored; the history is recorded once the page has drawn it (the
      // worker would take a processor from the drawing on a machine with two).
      onRanked: async (calculation) => {
        post({ type: "scored", calculation: shownCalculation(calculation) });
        await writeAllowed;
      },
      onScored: (calculation) => {
        scored = calculation;
      },
    });
    post({ type: "written", outputBytes: ranked.outputBytes, notes: ranked.notes, kind: ranked.outputKind }, [ranked.outputBytes.buffer]);
  } catch (error) {
    post({ type: "failed", failure: toFailure(error) });
  }
}
