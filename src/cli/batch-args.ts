import type { Lang, Localized } from "../scoring/types";
import { both } from "../scoring/format";
import { cliWords } from "../scoring/vocabulary/cli-words";
import { langOf, splitOption } from "./args";

export interface BatchOptions {
  input: string;
  out: string;
  lang: Lang;
}

export type ParsedBatchArgs =
  | { kind: "help"; lang: Lang }
  | { kind: "run"; options: BatchOptions }
  | { kind: "error"; lang: Lang; message: Localized };

/** `<folder> --out <folder> [--lang vi|en]`, also `--out=x`; `--help` / `-h`. */
export function parseBatchArgs(argv: readonly string[]): ParsedBatchArgs {
  const lang = langOf(argv);
  const error = (message: Localized): ParsedBatchArgs => ({ kind: "error", lang, message });
  const values: { "--out"?: string; "--lang"?: string } = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { kind: "help", lang };
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    if (name !== "--out" && name !== "--lang") return error(both((l) => cliWords(l).unknownOption({ option: arg })));
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") return error(both((l) => cliWords(l).optionNeedsValue({ option: name })));
    values[name] = value;
  }
  if (values["--lang"] !== undefined && values["--lang"] !== "vi" && values["--lang"] !== "en") {
    return error(both((l) => cliWords(l).badLang({ value: values["--lang"] ?? "" })));
  }
  if (positional.length !== 1) {
    return error(
      positional.length === 0
        ? both((l) => cliWords(l).missingFolder)
        : both((l) => cliWords(l).oneFolderOnly({ count: positional.length, inputs: positional.join(", ") })),
    );
  }
  if (values["--out"] === undefined) {
    return error(both((l) => cliWords(l).missingOutFolder));
  }
  return { kind: "run", options: { input: positional[0], out: values["--out"], lang } };
}
