import type { messagesVi } from "./messages-vi";
import type { Widen } from "./en";
import { explainEn } from "./explain-en";
import { issuesEn } from "./issues-en";
import { readerEn } from "./reader-en";

/** The message sentences of messages-vi.ts, in English (same keys, checked by the compiler). */
export type MessageVocabulary = Widen<typeof messagesVi>;

export const messagesEn: MessageVocabulary = {
  whereSheet: (p) => `Sheet "${p.sheet}"`,
  whereCell: (p) => `Sheet "${p.sheet}", cell ${p.cell}`,
  numberListSeparator: ", ",
  noScore: (p) => `No score → 0 / ${p.standard}`,
  noDescription: "(no description)",
  tieBreak: (p) =>
    `Same percent as ${p.neighbour}; ${p.above ? "placed above" : "placed below"} on ${p.breaker}: ${p.higher ? "higher" : "lower"} (${p.mine} vs ${p.theirs})`,
  outputNeedsXlsm: (p) =>
    `The input has macros (VBA) and the copy keeps them, so --out must end in .xlsm (Excel does not open a workbook with macros named .xlsx). Use, for example, --out "${p.suggestion}".`,
  outputNeedsXlsx: (p) =>
    `The input has no macros, so the copy is a plain workbook and --out must end in .xlsx (Excel does not open a macro-free workbook named .xlsm). Use, for example, --out "${p.suggestion}".`,
  historyCorrupt: (p) => `The sheet '${p.sheet}' (calculation history) is damaged or was edited by hand: the history starts again from this calculation.`,
  historyRowsCorrupt: (p) =>
    `Sheet '${p.sheet}': row(s) ${p.rows} could not be read (damaged or edited by hand); those calculations were dropped from the history, the others kept.`,
  keptOfficerSheet: (p) =>
    `The sheet '${p.kept}' is the officer's own (not written by the program), so it was kept as it is; the program wrote its sheet to '${p.written}'. To have the result under '${p.kept}', rename or delete that sheet and calculate again.`,
  issue: issuesEn,
  read: readerEn,
  explain: explainEn,
};
