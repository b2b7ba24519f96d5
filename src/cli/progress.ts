import type { Lang } from "../scoring/types";
import { cliWords } from "../scoring/vocabulary/cli-words";

export type CliPhase = "reading" | "scoring" | "writing";

/** Files above this size take seconds to parse: the officer is told what is happening. */
export const LARGE_FILE_BYTES = 1024 * 1024;
/** A phase that took longer than this switches the progress lines on for the next ones. */
export const SLOW_PHASE_MS = 1500;

/**
 * Phase lines on stderr ("Đang đọc… / Đang chấm điểm… / Đang ghi…") for large or slow runs; silent for the
 * usual small workbook, so the output stays just the table. The work is synchronous between phases,
 * so slowness is noticed when a phase ends, not by a timer.
 */
export class Progress {
  private verbose: boolean;
  private last = Date.now();

  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: Lang,
    fileBytes: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.verbose = fileBytes > LARGE_FILE_BYTES;
    this.last = clock();
  }

  phase(phase: CliPhase): void {
    const now = this.clock();
    if (now - this.last > SLOW_PHASE_MS) this.verbose = true;
    this.last = now;
    if (this.verbose) this.write(cliWords(this.lang).progress[phase] + "\n");
  }
}

/**
 * The batch's "[3/30] khoi-17.xlsx" line, rewritten in place on a terminal; silent when stderr is a file or
 * a pipe (a log would fill with carriage returns). `done()` clears it before the summary is printed.
 */
export class BatchProgress {
  constructor(
    private readonly write: (text: string) => void,
    private readonly terminal: boolean,
  ) {}

  file(index: number, count: number, name: string): void {
    if (this.terminal) this.write(`\r\x1b[K[${index}/${count}] ${name}`);
  }

  done(): void {
    if (this.terminal) this.write("\r\x1b[K");
  }
}
