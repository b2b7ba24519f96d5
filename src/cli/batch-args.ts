import type { Lang, Localized } from "../scoring/types";
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
    if (name !== "--out" && name !== "--lang") return error({ vi: `Không hiểu tùy chọn "${arg}".`, en: `Unknown option "${arg}".` });
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") return error({ vi: `Tùy chọn ${name} cần một giá trị.`, en: `Option ${name} needs a value.` });
    values[name] = value;
  }
  if (values["--lang"] !== undefined && values["--lang"] !== "vi" && values["--lang"] !== "en") {
    return error({ vi: `--lang chỉ nhận "vi" hoặc "en", không nhận "${values["--lang"]}".`, en: `--lang takes "vi" or "en", not "${values["--lang"]}".` });
  }
  if (positional.length !== 1) {
    return error(
      positional.length === 0
        ? { vi: "Thiếu thư mục đầu vào: cho biết thư mục chứa các tệp .xlsx của các khối.", en: "Missing input folder: give the folder holding the blocs' .xlsx files." }
        : { vi: `Chỉ nhận một thư mục đầu vào, nhưng có ${positional.length}: ${positional.join(", ")}.`, en: `Only one input folder is accepted, got ${positional.length}: ${positional.join(", ")}.` },
    );
  }
  if (values["--out"] === undefined) {
    return error({ vi: "Thiếu --out <thư mục>: nơi ghi các bản đã xếp hạng và tong-hop.xlsx.", en: "Missing --out <folder>: where the ranked copies and tong-hop.xlsx go." });
  }
  return { kind: "run", options: { input: positional[0], out: values["--out"], lang } };
}
