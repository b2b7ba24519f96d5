import { words } from "../scoring/vocabulary/words";
import { basename, dirname, extname, join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import type { Lang } from "../scoring/types";
import { whatItTakes } from "../scoring/what-it-takes";
import type { CalculationWithExtras } from "../workbook/extras/extras";
import { compareSnapshots } from "../workbook/history/compare";
import { displayTime } from "../workbook/history/snapshot";
import { NODE_ENGINE } from "../xlsx/node-engine";
import { rankWorkbookFile } from "../xlsx/rank-file";
import { defaultOutputExtension, outputKindProblem } from "./output-kind";
import { readFileBytes } from "../xlsx/read-file-bytes";
import { writeFileAtomically } from "../xlsx/save-workbook";
import { parseArgs, type CliOptions } from "./args";
import { EXIT, runCommand } from "./command";
import { compareWithResultJson } from "./compare-results";
import { explainMember, findUnit } from "./explain";
import { helpText } from "./help";
import { loadPrevious, type Previous } from "./previous";
import { issueLines, rankingTable, summaryLine } from "./print-table";
import { outputProblem, samePath, writeFailure } from "./output-checks";
import { Progress } from "./progress";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Columns of the terminal the ranking table must fit; null or absent (piped to a file) prints it in full. */
  width?: number | null;
}

export { EXIT } from "./command";

/** The whole command; returns the exit status. Never throws: every failure becomes a message and status 1. */
export function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(parseArgs(argv), io, { help: helpText, hint: (lang) => words(lang).cliHelpHint }, (options) => rank(options, io));
}

async function rank(options: CliOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const input = resolve(options.input);
  const out = resolve(options.out ?? defaultOutput(input));
  const json = options.json === null ? null : resolve(options.json);
  const refused = (await pathClash(input, out, json, lang)) ?? (await firstOutputProblem(out, json, lang));
  if (refused) {
    io.stderr(refused + "\n");
    return EXIT.failed;
  }
  const bytes = await readFileBytes(options.input);
  const progress = new Progress(io.stderr, lang, bytes.length);
  // Read before anything is written: a wrong --previous must not leave a half-done result behind.
  const previous = options.previous === null ? null : await loadPrevious(options.previous, lang);
  const ranked = await rankWorkbookFile(bytes, {
    label: options.input,
    lang,
    now: io.now(),
    carriedHistory: previous?.kind === "workbook" ? previous.snapshots : [],
    // Node's zlib compresses the chart picture; the web page keeps the stored blocks any browser can make.
    deflate: deflateSync,
    onProgress: (phase) => progress.phase(phase),
    engine: NODE_ENGINE,
  });
  const wrongKind = outputKindProblem(out, ranked.outputKind, lang);
  if (wrongKind) {
    io.stderr(wrongKind + "\n");
    return EXIT.failed;
  }
  const { result, json: resultJson } = ranked.calculation;
  const printed = printedSections(ranked.calculation, options, previous);
  await writeOutput(out, ranked.outputBytes, "--out");
  if (json !== null) await writeOutput(json, JSON.stringify(resultJson, null, 2) + "\n", "--json");

  const shown = { out: options.out ?? out, json: options.json };
  if (!result.blocked) io.stdout(rankingTable(result, lang, io.width ?? null) + "\n");
  if (printed.previous !== null) io.stdout(printed.previous + "\n");
  if (printed.explain !== null) (printed.explain.ok ? io.stdout : io.stderr)(printed.explain.text + "\n");
  const issues = issueLines(result.issues, lang);
  if (issues) io.stdout(issues + "\n");
  for (const note of ranked.notes) io.stdout(note[lang] + "\n");
  io.stdout(summaryLine(result, shown, lang));
  return result.blocked ? EXIT.blocked : EXIT.ranked;
}

/** Atomic (temporary file renamed over the target); a locked target is named as such. */
async function writeOutput(path: string, bytes: Uint8Array | string, what: string): Promise<void> {
  try {
    await writeFileAtomically(path, typeof bytes === "string" ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw await writeFailure(error, path, what);
  }
}

async function firstOutputProblem(out: string, json: string | null, lang: Lang): Promise<string | null> {
  const problem = (await outputProblem(out, "--out")) ?? (json === null ? null : await outputProblem(json, "--json"));
  return problem === null ? null : problem[lang];
}

/** Texts printed after the ranking table. */
function printedSections(calculation: CalculationWithExtras, options: CliOptions, previous: Previous | null) {
  return {
    previous: previous ? previousSection(previous, calculation, options.lang) : null,
    explain: options.explain === null ? null : explainSection(calculation, options.explain, options.lang),
  };
}

function previousSection(previous: Previous, calculation: CalculationWithExtras, lang: Lang): string {
  if (previous.kind === "json") {
    const heading = words(lang).cliComparedWithResult({ path: previous.path });
    return [heading, ...compareWithResultJson(previous.json, calculation.result).map((l) => `  ${l[lang]}`)].join("\n") + "\n";
  }
  const current = calculation.extras.snapshots.at(-1)!;
  const comparison = compareSnapshots(previous.last, current);
  const span = `${displayTime(comparison.previousTime)} → ${displayTime(comparison.currentTime)}`;
  const heading = words(lang).cliChangesSince({ path: previous.path, span });
  const warning = previous.historyWarning ? [`  ${previous.historyWarning[lang]}`] : [];
  return [heading, ...comparison.lines.map((l) => `  ${l[lang]}`), ...warning].join("\n") + "\n";
}

/** Printed, never fatal: the ranking is already written, so the exit status stays the contract's. */
function explainSection(calculation: CalculationWithExtras, code: string, lang: Lang): { ok: boolean; text: string } {
  const { result } = calculation;
  if (result.blocked) {
    return { ok: false, text: words(lang).cliExplainBlocked({ code }) };
  }
  const unit = findUnit(result, code);
  if (!unit) {
    const codes = result.units.map((u) => u.code).join(", ");
    return { ok: false, text: words(lang).cliExplainNoCode({ code, codes }) };
  }
  const input = calculation.input;
  const gap = input ? whatItTakes(input, result).get(unit.code) : undefined;
  return { ok: true, text: explainMember(result, unit, gap, lang) };
}

/** "khoi-17.xlsx" → "khoi-17-xep-hang.xlsx" in the same folder (an .xlsm keeps its kind: its macros are kept). */
export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-xep-hang${defaultOutputExtension(input)}`);
}

/** The input is never overwritten, whatever spelling of its path --out or --json uses. */
async function pathClash(input: string, out: string, json: string | null, lang: Lang): Promise<string | null> {
  if (await samePath(out, input)) {
    return words(lang).cliOutIsInput({ input });
  }
  if (json !== null && ((await samePath(json, input)) || (await samePath(json, out)))) {
    return words(lang).cliJsonClash({ json });
  }
  return null;
}
