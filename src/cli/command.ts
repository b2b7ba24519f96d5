import type { Lang, Localized } from "../scoring/types";
import { words } from "../scoring/vocabulary/words";
import { WorkbookFileError } from "../xlsx/file-errors";
import { PreviousFileError } from "./previous";

/** Exit statuses of the contract. */
export const EXIT = { ranked: 0, failed: 1, blocked: 2 } as const;

/** What a command's argument parser gives (args.ts, batch-args.ts). */
export type ParsedCommand<O extends { lang: Lang }> = { kind: "help"; lang: Lang } | { kind: "run"; options: O } | { kind: "error"; lang: Lang; message: Localized };

export interface CommandTexts {
  help: (lang: Lang) => string;
  /** The line after a wrong argument that points to --help. */
  hint: (lang: Lang) => string;
}

/**
 * What `npm run rank` and `npm run batch` do around their work: --help printed (exit 0), a wrong argument
 * named with the hint (exit 1), then the work, whatever it throws printed as a message (exit 1). Never throws.
 */
export async function runCommand<O extends { lang: Lang }>(
  parsed: ParsedCommand<O>,
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
  texts: CommandTexts,
  work: (options: O) => Promise<number>,
): Promise<number> {
  if (parsed.kind === "help") {
    io.stdout(texts.help(parsed.lang));
    return EXIT.ranked;
  }
  if (parsed.kind === "error") {
    io.stderr(`${parsed.message[parsed.lang]}\n${texts.hint(parsed.lang)}\n`);
    return EXIT.failed;
  }
  try {
    return await work(parsed.options);
  } catch (error) {
    io.stderr(failureText(error, parsed.options.lang) + "\n");
    return EXIT.failed;
  }
}

/** The officer's own problems (a file, a --previous) carry their message; anything else is the program's failure, with its detail. */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof WorkbookFileError || error instanceof PreviousFileError) return error.localized[lang];
  return words(lang).cliFailed({ detail: error instanceof Error ? error.message : String(error) });
}
