import { WorkbookFileError } from "../../xlsx/file-errors";
import type { RankFailure } from "./protocol";

/** The worker's side: an error as a message (an Error's class does not survive structured cloning). */
export function toFailure(error: unknown): RankFailure {
  if (error instanceof WorkbookFileError) return { kind: "file", problem: error.problem, localized: error.localized };
  return { kind: "unexpected", message: error instanceof Error ? error.message : String(error) };
}

/** The page's side: the same error the main-thread ranking would have thrown. */
export function fromFailure(failure: RankFailure): Error {
  return failure.kind === "file" ? new WorkbookFileError(failure.problem, failure.localized) : new Error(failure.message);
}
