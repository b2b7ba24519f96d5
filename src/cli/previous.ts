import { readFile, stat } from "node:fs/promises";
import { both } from "../scoring/format";
import type { Lang, Localized } from "../scoring/types";
import { cliWords } from "../scoring/vocabulary/cli-words";
import { calculate } from "../workbook/calculate";
import { gridForHistory, storedSnapshots } from "../workbook/extras/carried-history";
import { snapshotFromCalculation, type CalculationSnapshot } from "../workbook/history/snapshot";
import type { ResultJson } from "../workbook/rendering/result-json";
import { fileError } from "../xlsx/file-errors";
import { detectFileKind } from "../xlsx/file-kind";
import { openWorkbook } from "../xlsx/package/open-workbook";

/** What --previous gave: an earlier output workbook (inputs and history) or a result.json (results only). */
export type Previous =
  | { kind: "workbook"; path: string; snapshots: CalculationSnapshot[]; last: CalculationSnapshot; historyWarning: Localized | null }
  | { kind: "json"; path: string; json: ResultJson };

/** A --previous file the program cannot use, with what to do. */
export class PreviousFileError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = "PreviousFileError";
  }
}

/** Throws WorkbookFileError (unreadable workbook) or PreviousFileError (neither a workbook nor a result.json). */
export async function loadPrevious(path: string, lang: Lang): Promise<Previous> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ENOENT" ? fileError("missing", path) : fileError("unreadable", path, code ?? String(error));
  }
  if (detectFileKind(bytes) !== "unknown") return previousWorkbook(path, bytes, lang);
  return { kind: "json", path, json: parseResultJson(bytes.toString("utf8"), path) };
}

async function previousWorkbook(path: string, bytes: Buffer, lang: Lang): Promise<Previous> {
  // The package reader, as for the input: an earlier output keeps everything of the officer's (comments,
  // charts, pivots), which ExcelJS would refuse; every sheet's cells are read (the history and the inputs).
  const { grid } = openWorkbook(bytes, path, { wanted: () => true });
  const stored = storedSnapshots(grid);
  if (stored.snapshots.length > 0) {
    return { kind: "workbook", path, snapshots: stored.snapshots, last: stored.snapshots.at(-1)!, historyWarning: stored.warning };
  }
  // A workbook without history (an older output, or an input): recalculated as it stands, dated by the file.
  const time = (await stat(path)).mtime;
  const snapshot = snapshotFromCalculation(gridForHistory(grid, []), calculate(grid, { lang, now: time }), time);
  return { kind: "workbook", path, snapshots: [snapshot], last: snapshot, historyWarning: stored.warning };
}

/** Only the fields the comparison needs are checked: code, name, rank and total of every unit. */
export function parseResultJson(text: string, path: string): ResultJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  const units = (raw as { units?: unknown } | null)?.units;
  const valid =
    Array.isArray(units) &&
    units.every(
      (u) =>
        typeof u === "object" && u !== null && typeof u.code === "string" && typeof u.name === "string" &&
        (u.rank === null || typeof u.rank === "number") && typeof u.total === "number",
    );
  if (!valid) {
    throw new PreviousFileError(both((l) => cliWords(l).notPrevious({ path })));
  }
  return raw as ResultJson;
}
