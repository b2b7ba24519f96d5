import { WorkbookFileError } from "../../xlsx/file-errors";
import { rankWorkbookFile } from "../../xlsx/rank-file";
import { webEngine } from "../web-engine";
import type { RankFailure, RankReply, RankRequest } from "./protocol";
import { shownCalculation } from "./shown-calculation";

/**
 * What the worker does with one request, apart from the worker itself (so jest runs it): rankWorkbookFile,
 * each step told through `post`, the copy's buffer handed over rather than copied.
 */
export async function runRanking(request: RankRequest, post: (reply: RankReply, transfer?: Transferable[]) => void): Promise<void> {
  try {
    const ranked = await rankWorkbookFile(request.bytes, {
      label: request.label,
      lang: request.lang,
      now: new Date(request.now),
      engine: webEngine(),
      onProgress: (phase) => {
        if (phase !== "writing") post({ type: "phase", phase });
      },
      onScored: (calculation) => {
        post({ type: "scored", calculation: shownCalculation(calculation) });
      },
    });
    post({ type: "written", outputBytes: ranked.outputBytes, notes: ranked.notes }, [ranked.outputBytes.buffer]);
  } catch (error) {
    post({ type: "failed", failure: toFailure(error) });
  }
}

export function toFailure(error: unknown): RankFailure {
  if (error instanceof WorkbookFileError) return { kind: "file", problem: error.problem, localized: error.localized };
  return { kind: "unexpected", message: error instanceof Error ? error.message : String(error) };
}

/** The page's side: the same error the main-thread ranking would have thrown. */
export function fromFailure(failure: RankFailure): Error {
  return failure.kind === "file" ? new WorkbookFileError(failure.problem, failure.localized) : new Error(failure.message);
}
