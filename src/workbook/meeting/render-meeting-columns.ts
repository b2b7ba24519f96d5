import type { Lang, UnitResult } from "../../scoring/types";
import { words } from "../../scoring/vocabulary/words";
import type { OutputValue } from "../rendering/output-types";
import { NUMBER_FORMAT } from "../rendering/render-sheet";
import type { MeetingColumn } from "./render-meeting-layout";

/** Number formats of the meeting documents' columns: the result sheets' own. */
export const MEETING_FORMAT = NUMBER_FORMAT;

/**
 * Every meeting document's table starts with the running number ("STT") and the member's name; the name
 * wraps, down to `memberMin` characters wide when the page is narrow.
 */
export function leadingColumns(lang: Lang, memberWidth: number, memberMin = memberWidth): MeetingColumn[] {
  const h = words(lang).paperColumn;
  return [
    { header: h.no, format: MEETING_FORMAT.integer, width: 5, min: 4 },
    { header: h.member, format: MEETING_FORMAT.text, width: memberWidth, min: memberMin, wrap: true },
  ];
}

/** The cells under leadingColumns: `index` counts from 0. */
export function leadingCells(u: UnitResult, index: number): OutputValue[] {
  return [index + 1, u.name];
}

/** A member without any maximum has no percent: an empty cell, not NaN. */
export function percentCell(u: UnitResult): number | null {
  return Number.isFinite(u.percent) ? u.percent : null;
}
