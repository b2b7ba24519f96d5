import type { Lang, Localized } from "../scoring/types";
import { both } from "../scoring/format";
import { cliWords } from "../scoring/vocabulary/cli-words";

export interface CliOptions {
  input: string;
  /** null: `<input name>-xep-hang.xlsx` beside the input. */
  out: string | null;
  json: string | null;
  lang: Lang;
  /** An earlier output workbook or result.json to compare with (and, for a workbook, whose history to carry on). */
  previous: string | null;
  /** A member code whose full breakdown and "what it takes" are printed after the table. */
  explain: string | null;
}

export type ParsedArgs =
  | { kind: "help"; lang: Lang }
  | { kind: "run"; options: CliOptions }
  | { kind: "error"; lang: Lang; message: Localized };

const VALUE_OPTIONS = ["--out", "--json", "--lang", "--previous", "--explain"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/**
 * `<input.xlsx> [--out <output.xlsx>] [--json <result.json>] [--lang vi|en] [--previous <earlier.xlsx|.json>]
 * [--explain <code>]`, also `--out=x`; `--help` / `-h`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const values: Partial<Record<ValueOption, string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { kind: "help", lang };
    if (arg.startsWith("-") && arg !== "-") {
      const [name, inline] = splitOption(arg);
      if (!isValueOption(name)) return error(lang, both((l) => cliWords(l).unknownOption({ option: arg })));
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") {
        return error(lang, both((l) => cliWords(l).optionNeedsValue({ option: name })));
      }
      values[name] = value;
      continue;
    }
    positional.push(arg);
  }
  if (values["--lang"] !== undefined && values["--lang"] !== "vi" && values["--lang"] !== "en") {
    return error(lang, both((l) => cliWords(l).badLang({ value: values["--lang"] ?? "" })));
  }
  if (positional.length === 0) {
    return error(lang, both((l) => cliWords(l).missingInput));
  }
  if (positional.length > 1) {
    return error(lang, both((l) => cliWords(l).oneInputOnly({ count: positional.length, inputs: positional.join(", ") })));
  }
  const out = values["--out"];
  if (out !== undefined && !isXlsxName(out)) return error(lang, notXlsxOutput(out));
  return {
    kind: "run",
    options: {
      input: positional[0],
      out: out ?? null,
      json: values["--json"] ?? null,
      lang,
      previous: values["--previous"] ?? null,
      explain: values["--explain"] ?? null,
    },
  };
}

function isXlsxName(path: string): boolean {
  return /\.xls[xm]$/i.test(path);
}

/**
 * The output is a workbook: .xlsx, or .xlsm when the input has macros (the copy keeps them; which of
 * the two the input needs is checked once it is read, output-kind.ts). .xls or .csv would promise a
 * format it is not. Refused before anything is read or written.
 */
function notXlsxOutput(out: string): Localized {
  const name = out.split(/[\\/]/).pop() ?? out;
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? out.slice(0, out.length - (name.length - dot)) : out;
  const suggestion = `${stem}.xlsx`;
  return both((l) => cliWords(l).outNotXlsx({ out, suggestion }));
}

/** The language for messages, known even when the rest of the command line is wrong. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "vi";
}

export function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function error(lang: Lang, message: Localized): ParsedArgs {
  return { kind: "error", lang, message };
}
