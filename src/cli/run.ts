import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { deflateSync, inflateRaw } from "node:zlib";
import type { BlocResult, Lang, Localized } from "../scoring/types";
import { whatItTakes } from "../scoring/what-it-takes";
import { calculateWithExtras, type CalculationWithExtras } from "../workbook/extras/extras";
import type { WorkbookGrid } from "../workbook/grid";
import { compareSnapshots } from "../workbook/history/compare";
import { displayTime } from "../workbook/history/snapshot";
import { readBloc } from "../workbook/reading/read";
import { WorkbookFileError } from "../xlsx/file-errors";
import { readWorkbookFile, type LoadedWorkbook } from "../xlsx/read-workbook";
import { saveWorkbookFile, writeFileAtomically } from "../xlsx/save-workbook";
import { writeCalculation } from "../xlsx/write-extras";
import { findLostParts } from "../xlsx/write-losses";
import { lostPartsNote } from "../xlsx/write-losses-note";
import { parseArgs, type CliOptions } from "./args";
import { compareWithResultJson } from "./compare-results";
import { explainMember, findUnit } from "./explain";
import { helpText } from "./help";
import { loadPrevious, PreviousFileError, type Previous } from "./previous";
import { issueLines, rankingTable, summaryLine } from "./print-table";
import { Progress } from "./progress";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Columns of the terminal the ranking table must fit; null or absent (piped to a file) prints it in full. */
  width?: number | null;
}

/** Exit statuses of the contract. */
export const EXIT = { ranked: 0, failed: 1, blocked: 2 } as const;

/** The whole command; returns the exit status. Never throws: every failure becomes a message and status 1. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(helpText(parsed.lang));
    return EXIT.ranked;
  }
  if (parsed.kind === "error") {
    const hint = parsed.lang === "vi" ? "Xem hướng dẫn: npm run rank -- --help" : "See: npm run rank -- --help";
    io.stderr(`${parsed.message[parsed.lang]}\n${hint}\n`);
    return EXIT.failed;
  }
  const { lang } = parsed.options;
  try {
    return await rank(parsed.options, io);
  } catch (error) {
    if (error instanceof WorkbookFileError || error instanceof PreviousFileError) {
      io.stderr(error.localized[lang] + "\n");
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr((lang === "vi" ? `Chương trình gặp lỗi: ${detail}` : `The program failed: ${detail}`) + "\n");
    }
    return EXIT.failed;
  }
}

async function rank(options: CliOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const input = resolve(options.input);
  const out = resolve(options.out ?? defaultOutput(input));
  const json = options.json === null ? null : resolve(options.json);
  const clash = await pathClash(input, out, json, lang);
  if (clash) {
    io.stderr(clash + "\n");
    return EXIT.failed;
  }
  const progress = new Progress(io.stderr, lang, await fileSize(input));

  // Only the ExcelJS workbook and the texts to print come back: the grid and the rendered sheets are
  // garbage before ExcelJS builds the file, which is when the command peaks in memory.
  const { workbook, prepared } = await readAndPrepare(options, io, progress);
  const { result, json: resultJson, printed } = prepared;
  // The input is read again for its zip parts only once it proved to be a workbook (its own errors come first).
  const lost = lostPartsNote(await findLostParts(await readFile(input), promisify(inflateRaw)), printed.replaced, options.input);
  progress.phase("writing");
  await saveWorkbookFile(workbook, out);
  if (json !== null) await writeFileAtomically(json, JSON.stringify(resultJson, null, 2) + "\n");

  const shown = { out: options.out ?? out, json: options.json };
  if (!result.blocked) io.stdout(rankingTable(result, lang, io.width ?? null) + "\n");
  if (printed.previous !== null) io.stdout(printed.previous + "\n");
  if (printed.explain !== null) (printed.explain.ok ? io.stdout : io.stderr)(printed.explain.text + "\n");
  const issues = issueLines(result.issues, lang);
  if (issues) io.stdout(issues + "\n");
  for (const note of [...printed.notes, ...(lost ? [lost] : [])]) io.stdout(note[lang] + "\n");
  io.stdout(summaryLine(result, shown, lang));
  return result.blocked ? EXIT.blocked : EXIT.ranked;
}

function previousSection(previous: Previous, calculation: CalculationWithExtras, lang: Lang): string {
  if (previous.kind === "json") {
    const heading = lang === "vi" ? `So sánh với kết quả trước (${previous.path}):` : `Compared with the earlier result (${previous.path}):`;
    return [heading, ...compareWithResultJson(previous.json, calculation.result).map((l) => `  ${l[lang]}`)].join("\n") + "\n";
  }
  const current = calculation.extras.snapshots.at(-1)!;
  const comparison = compareSnapshots(previous.last, current);
  const span = `${displayTime(comparison.previousTime)} → ${displayTime(comparison.currentTime)}`;
  const heading = lang === "vi" ? `Thay đổi so với lần tính trước (${previous.path}, ${span}):` : `Changes since the earlier calculation (${previous.path}, ${span}):`;
  const warning = previous.historyWarning ? [`  ${previous.historyWarning[lang]}`] : [];
  return [heading, ...comparison.lines.map((l) => `  ${l[lang]}`), ...warning].join("\n") + "\n";
}

async function readAndPrepare(options: CliOptions, io: CliIo, progress: Progress): Promise<{ workbook: LoadedWorkbook["workbook"]; prepared: Prepared }> {
  const { lang } = options;
  progress.phase("reading");
  const { workbook, grid } = await readWorkbookFile(options.input);
  // Read before anything is written: a wrong --previous must not leave a half-done result behind.
  const previous = options.previous === null ? null : await loadPrevious(options.previous, lang);
  progress.phase("scoring");
  const carriedHistory = previous?.kind === "workbook" ? previous.snapshots : [];
  const prepared = calculateAndPrepare(grid, options, previous, { lang, now: io.now(), carriedHistory }, workbook);
  return { workbook, prepared };
}

interface Prepared {
  result: BlocResult;
  json: CalculationWithExtras["json"];
  /** Texts printed after the ranking table, computed while the grid and the history were at hand. */
  printed: {
    previous: string | null;
    explain: { ok: boolean; text: string } | null;
    /** The officer's sheets kept under a program sheet's name, and where the program wrote instead. */
    notes: Localized[];
    /** The sheets of the input the program replaced (its own earlier ones). */
    replaced: string[];
  };
}

/** Scores, writes the program's sheets into `workbook` and keeps only what is printed or saved later. */
function calculateAndPrepare(grid: WorkbookGrid, options: CliOptions, previous: Previous | null, calc: Parameters<typeof calculateWithExtras>[1], workbook: LoadedWorkbook["workbook"]): Prepared {
  const calculation = calculateWithExtras(grid, calc);
  // Node's zlib compresses the chart picture; the web page keeps the stored blocks any browser can make.
  const written = writeCalculation(workbook, calculation.outputs, calculation.extras, options.lang, { deflate: deflateSync });
  return {
    result: calculation.result,
    json: calculation.json,
    printed: {
      previous: previous ? previousSection(previous, calculation, options.lang) : null,
      explain: options.explain === null ? null : explainSection(grid, calculation.result, options.explain, options.lang),
      notes: written.notes,
      replaced: written.replaced,
    },
  };
}

/** Printed, never fatal: the ranking is already written, so the exit status stays the contract's. */
function explainSection(grid: WorkbookGrid, result: BlocResult, code: string, lang: Lang): { ok: boolean; text: string } {
  if (result.blocked) {
    return { ok: false, text: lang === "vi" ? `--explain ${code}: chưa xếp hạng được (còn lỗi) nên chưa giải thích được điểm.` : `--explain ${code}: not ranked (errors remain), so there is nothing to explain yet.` };
  }
  const unit = findUnit(result, code);
  if (!unit) {
    const codes = result.units.map((u) => u.code).join(", ");
    return { ok: false, text: lang === "vi" ? `--explain: không có đơn vị mã "${code}". Các mã có: ${codes}.` : `--explain: no member with code "${code}". Codes: ${codes}.` };
  }
  const input = readBloc(grid).input;
  const gap = input ? whatItTakes(input, result).get(unit.code) : undefined;
  return { ok: true, text: explainMember(result, unit, gap, lang) };
}

/** "khoi-17.xlsx" → "khoi-17-xep-hang.xlsx" in the same folder. */
export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-xep-hang.xlsx`);
}

/** The input is never overwritten, whatever spelling of its path --out or --json uses. */
async function pathClash(input: string, out: string, json: string | null, lang: Lang): Promise<string | null> {
  if (await samePath(out, input)) {
    return lang === "vi"
      ? `--out trùng với tệp đầu vào (${input}): chương trình không bao giờ ghi đè tệp đầu vào. Chọn một tên khác cho --out.`
      : `--out is the input file (${input}): the input is never overwritten. Choose another name for --out.`;
  }
  if (json !== null && ((await samePath(json, input)) || (await samePath(json, out)))) {
    return lang === "vi"
      ? `--json trùng với tệp đầu vào hoặc tệp kết quả (${json}). Chọn một tên khác, ví dụ ket-qua.json.`
      : `--json is the input or the output workbook (${json}). Choose another name, e.g. result.json.`;
  }
  return null;
}

/** Same resolved path, or the same file reached another way (a link, a case-insensitive file system). */
async function samePath(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
