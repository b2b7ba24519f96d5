import type { Localized } from "../../scoring/types";
import { CHART_SHEET } from "../extras/chart-sheet";
import { MEETING_SHEETS } from "../meeting/render-meeting-names";
import { OUTPUT_SHEETS } from "../output-sheets/output-names";
import { textKey } from "../reading/text-key";

/** Hidden sheet owned by the add-in: the snapshots of the last calculations, as chunked JSON. */
export const HISTORY_DATA_SHEET = "_ktd_lich_su";

/** Visible sheet listing the calculations and what changed since the previous one. */
export const HISTORY_SHEET: Localized = { vi: "Lịch sử tính điểm", en: "Calculation history" };

const PROGRAM_SHEET_KEYS = new Set(
  [
    ...Object.values(OUTPUT_SHEETS).flatMap((n) => [n.vi, n.en]),
    ...Object.values(MEETING_SHEETS).flatMap((n) => [n.vi, n.en]),
    CHART_SHEET.vi,
    CHART_SHEET.en,
    HISTORY_SHEET.vi,
    HISTORY_SHEET.en,
    HISTORY_DATA_SHEET,
  ].map(textKey),
);

/** Names the program writes beside an officer's sheet of the same name ("Bảng tổng hợp (2)", see extra-sheet-placement.ts). */
const NUMBERED_EXTRA_KEYS = new Set(
  [...Object.values(MEETING_SHEETS).flatMap((n) => [n.vi, n.en]), CHART_SHEET.vi, CHART_SHEET.en, HISTORY_SHEET.vi, HISTORY_SHEET.en, HISTORY_DATA_SHEET].map(textKey),
);

/** True for every sheet the program writes: never part of a snapshot of the officer's inputs. */
export function isProgramSheet(name: string): boolean {
  if (PROGRAM_SHEET_KEYS.has(textKey(name))) return true;
  const numbered = /^(.*\S)\s*\(\d+\)$/.exec(name);
  return numbered !== null && NUMBERED_EXTRA_KEYS.has(textKey(numbered[1]));
}
