import { scoreBloc } from "../scoring/score";
import type { BlocInput, BlocResult, Lang } from "../scoring/types";
import type { WorkbookGrid } from "./grid";
import type { RenderedOutputs } from "./rendering/output-types";
import { readBloc } from "./reading/read";
import { readPreviousRanks } from "./rendering/previous-ranks";
import { renderOutputs } from "./rendering/render";
import { toResultJson, type ResultJson } from "./rendering/result-json";

export interface CalculateOptions {
  lang: Lang;
  /** Time of calculation written in the Xếp hạng title (injected so tests are deterministic). */
  now: Date;
}

export interface Calculation {
  result: BlocResult;
  /** Output sheets to write. When result.blocked, ranking and breakdown are null: leave the old ones as they were. */
  outputs: RenderedOutputs;
  json: ResultJson;
  /** What was read from the workbook and scored (the task pane's "what it takes" works on it); optional so hand-built calculations stay valid. */
  input?: BlocInput | null;
}

/**
 * The whole job on a plain grid, shared by the command line, the add-in and the web page:
 * read the contract's input sheets, score, render the output sheets. Pure and synchronous.
 */
export function calculate(workbook: WorkbookGrid, options: CalculateOptions): Calculation {
  const read = readBloc(workbook);
  const result = scoreBloc(read.input, read.issues);
  const previousRanks = readPreviousRanks(workbook);
  const outputs = renderOutputs(result, { lang: options.lang, now: options.now, previousRanks });
  return { result, outputs, json: toResultJson(result, options.lang), input: read.input };
}
