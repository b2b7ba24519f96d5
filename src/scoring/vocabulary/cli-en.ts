import type { Widen } from "./en";
import type { cliVi } from "./cli-vi";

/** The command line's words in English: the keys of cli-vi.ts, checked by the compiler. */
export type CliVocabulary = Widen<typeof cliVi>;

export const cliEn: CliVocabulary = {
  help: `Scores and ranks an emulation bloc (khối thi đua) from an Excel workbook.

Usage:
  npm run rank -- <input.xlsx> [--out <output.xlsx>] [--json <result.json>] [--lang vi|en]
                 [--previous <earlier-output.xlsx|.json>] [--explain <code>]

  <input.xlsx>    workbook with the sheets Đơn vị, Chỉ tiêu (and Tiêu chí, Chấm điểm, Cộng trừ,
                  Vi phạm, Cấu hình when used). This file is never modified.
  --out <file>    where to write the workbook with the Xếp hạng, Chi tiết điểm and Kiểm tra sheets,
                  then Bảng tổng hợp, Đề nghị khen thưởng, Biểu đồ (to print for the meeting) and
                  Lịch sử tính điểm (default: <input name>-xep-hang.xlsx beside the input).
                  The output is the input with the program's sheets added (everything else
                  kept as it was); an .xlsm keeps its macros, so its output is an .xlsm too.
  --json <file>   also write the result as JSON.
  --lang vi|en    language of the table and the messages (default vi).
  --previous <file>
                  compare with an earlier calculation: with its output workbook (.xlsx), print each
                  amended cell (member, sheet!cell, old → new, ⇒ points change, rank old → new) and
                  carry its calculation history on; with its result JSON (--json), compare each
                  member's points and rank only.
  --explain <code>
                  also print one member's full breakdown (criteria, targets, bonuses, deductions,
                  tie-breaker, differing self-scores) and what it takes to move up.
  --help, -h      show this help.

Exit status: 0 ranked (warnings allowed) · 2 errors block the ranking (the Kiểm tra sheet names
the cells to fix; the previous Xếp hạng is kept) · 1 the program could not run (bad arguments,
a file that cannot be read or written).
`,
  batchHelp: `Ranks a whole province at once: every workbook of a folder.

Usage:
  npm run batch -- <folder> --out <output-folder> [--lang vi|en]

  <folder>        folder holding the blocs' .xlsx (and .xlsm) workbooks. Only the files directly in
                  it are taken (no subfolders); Excel's ~$… lock files are skipped. An old .xls is
                  listed as unreadable (save it as .xlsx). These files are never modified.
  --out <folder>  where to write one ranked copy per workbook (same file name), plus tong-hop.xlsx
                  (per file: bloc, year, then each member's rank, total, percent, grade and award;
                  a blocked or unreadable file: its first problems) and tong-hop.json.
                  Created when missing. Must not be the input folder.
  --lang vi|en    language of the headers and messages (default vi).
  --help, -h      show this help.

One bad file never stops the others. On a terminal the progress is shown on the last line
([3/30] file-name).

Exit status: 0 every file ranked · 2 some file blocked by errors or unreadable (see
tong-hop.xlsx) · 1 the batch could not run (folder missing, output folder not writable, --out is
the input folder, or an output file could not be written).
`,
  seeBatchHelp: "See: npm run batch -- --help",
  unknownOption: (p) => `Unknown option "${p.option}".`,
  optionNeedsValue: (p) => `Option ${p.option} needs a value.`,
  badLang: (p) => `--lang takes "vi" or "en", not "${p.value}".`,
  missingInput: "Missing input file: give the .xlsx workbook to rank.",
  oneInputOnly: (p) => `Only one input file is accepted, got ${p.count}: ${p.inputs}. Use --out to choose the output file.`,
  outNotXlsx: (p) =>
    `The --out file must end in .xlsx (or .xlsm when the input has macros: the copy keeps them), but "${p.out}" does not. Give a name ending in .xlsx, for example --out "${p.suggestion}".`,
  missingFolder: "Missing input folder: give the folder holding the blocs' .xlsx files.",
  oneFolderOnly: (p) => `Only one input folder is accepted, got ${p.count}: ${p.inputs}.`,
  missingOutFolder: "Missing --out <folder>: where the ranked copies and tong-hop.xlsx go.",
  folderNotFound: (p) => `Folder not found: "${p.folder}". Check the path.`,
  folderIsFile: (p) => `"${p.folder}" is a file, not a folder. To rank one file, use: npm run rank -- "${p.folder}"`,
  rankedFolderName: "ranked",
  outIsInputFolder: (p) =>
    `--out is the input folder itself (${p.folder}): the ranked copies keep the file names and would overwrite the originals. Choose another folder, e.g. --out "${p.suggestion}".`,
  outFolderIsFile: (p) => `--out: "${p.folder}" is a file, not a folder. Choose a folder.`,
  folderUnwritable: (p) => `Cannot write into the folder "${p.folder}" (${p.code}). Check the write rights (or choose another folder), then run again.`,
  noWorkbooks: (p) => `The folder "${p.folder}" holds no workbook (.xlsx, .xlsm). Check the path.`,
  copyRenamed: (p) => `${p.name}: the ranked copy is written as ${p.copy} (the name was taken by another output, or the copy has no macros and must be .xlsx).`,
  inputOpen: (p) => `${p.name}: open in Excel (its lock file ~$${p.name} is beside it): ranked as last saved; unsaved edits are not counted.`,
  copyIsInput: (p) => `"${p.path}" not written: it is an input file (through a link). An input is never written.`,
  outFolderMissing: (p) => `${p.what}: the folder "${p.folder}" does not exist. Create it first (or correct the path), then run again.`,
  outParentIsFile: (p) => `${p.what}: "${p.folder}" is a file, not a folder. Choose a path inside a folder.`,
  resultFileName: "result.xlsx",
  outIsFolder: (p) => `${p.what}: "${p.path}" is a folder. Give a file name, e.g. "${p.suggestion}".`,
  outReadOnly: (p) => `${p.what}: "${p.path}" is read-only, so the program does not overwrite it. Clear its read-only flag or choose another name, then run again.`,
  outOpenInExcel: (p) =>
    `${p.what}: "${p.path}" is open in Excel (its lock file ${p.lock} is beside it). Close it in Excel, then run again; if Excel is closed, the lock file was left by a crash: delete ${p.lock}.`,
  outLocked: (p) =>
    `${p.what}: cannot write "${p.path}" (${p.code}): another program holds it (Excel, a previewer, a sync client) or the folder is not writable. Close the file, check the write rights, then run again.`,
  notPrevious: (p) =>
    `The --previous file "${p.path}" is neither an output workbook (.xlsx) nor a result JSON (--json) of this program. Choose the result of the earlier calculation.`,
  notRanked: (p) =>
    `Not ranked: ${p.errors} error(s), ${p.warnings} warning(s). Fix the cells listed above and run again. Kiểm tra written to ${p.out}${p.json} (Xếp hạng and Chi tiết điểm left as they were).`,
  ranked: (p) => `Ranked ${p.ranked} member(s), ${p.warnings} warning(s). Result: ${p.out}${p.json}.`,
  progress: { reading: "Reading…", scoring: "Scoring…", writing: "Writing…" },
};
