import type { Lang, Localized } from "../scoring/types";

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
      if (!isValueOption(name)) return error(lang, { vi: `Không hiểu tùy chọn "${arg}".`, en: `Unknown option "${arg}".` });
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") {
        return error(lang, { vi: `Tùy chọn ${name} cần một giá trị.`, en: `Option ${name} needs a value.` });
      }
      values[name] = value;
      continue;
    }
    positional.push(arg);
  }
  if (values["--lang"] !== undefined && values["--lang"] !== "vi" && values["--lang"] !== "en") {
    return error(lang, { vi: `--lang chỉ nhận "vi" hoặc "en", không nhận "${values["--lang"]}".`, en: `--lang takes "vi" or "en", not "${values["--lang"]}".` });
  }
  if (positional.length === 0) {
    return error(lang, { vi: "Thiếu tệp đầu vào: cho biết tệp .xlsx cần xếp hạng.", en: "Missing input file: give the .xlsx workbook to rank." });
  }
  if (positional.length > 1) {
    return error(lang, {
      vi: `Chỉ nhận một tệp đầu vào, nhưng có ${positional.length}: ${positional.join(", ")}. Dùng --out để chọn tệp kết quả.`,
      en: `Only one input file is accepted, got ${positional.length}: ${positional.join(", ")}. Use --out to choose the output file.`,
    });
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
  return {
    vi: `Tệp kết quả --out phải có đuôi .xlsx (hoặc .xlsm khi tệp đầu vào có macro: bản kết quả giữ nguyên macro), nhưng "${out}" thì không. Hãy đặt tên có đuôi .xlsx, ví dụ --out "${suggestion}".`,
    en: `The --out file must end in .xlsx (or .xlsm when the input has macros: the copy keeps them), but "${out}" does not. Give a name ending in .xlsx, for example --out "${suggestion}".`,
  };
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
