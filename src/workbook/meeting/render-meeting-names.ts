import { programSheet } from "../output-sheets/program-sheets";

/** The meeting documents' names, from the registry of the program's sheets (output-sheets/program-sheets.ts). */
export const MEETING_SHEETS = {
  summary: programSheet("summary").names,
  awards: programSheet("awards").names,
};
