import { writeFileSync } from "node:fs";
import { workedExampleSheets, writeWorkbook } from "./cli-helpers";

export function batchIo(terminal = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date(2025, 0, 2, 8, 30), terminal },
  };
}

/** domain.md's worked example, ranked cleanly. */
export async function writeGood(path: string): Promise<void> {
  await writeWorkbook(path, workedExampleSheets());
}

/** The worked example with Kế hoạch 0 on a Tăng target (Chỉ tiêu!E2): an error blocks the ranking. */
export async function writeBlocked(path: string): Promise<void> {
  const sheets = workedExampleSheets();
  sheets[1].rows[1][4] = 0;
  await writeWorkbook(path, sheets);
}

/** An old Excel 97–2003 file: the OLE2 signature and a Workbook stream name. */
export function writeXls(path: string): void {
  const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  writeFileSync(path, Buffer.concat([ole2, Buffer.from("Workbook", "utf16le")]));
}
