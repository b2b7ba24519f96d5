import type { Lang } from "../scoring/types";
import type { CellChange, Comparison } from "../workbook/history/compare";

export interface ChangeLine {
  /** The text before the place, the place ("Chỉ tiêu!H9") and the text after it; place is null for lines without a cell. */
  before: string;
  place: { sheet: string; cell: string } | null;
  after: string;
}

/**
 * The comparison's lines, each split around the amended cell it names so the pane can make that cell
 * selectable. The lines name cells as Sheet!A1 (see compare.ts); lines about members that moved because
 * of others name no cell.
 */
export function changeLines(comparison: Comparison, lang: Lang): ChangeLine[] {
  return comparison.lines.map((line) => {
    const text = line[lang];
    let found: { change: CellChange; at: number } | null = null;
    for (const change of comparison.changes) {
      const at = indexOfPlace(text, `${change.sheet}!${change.cell}`);
      if (at >= 0 && (found === null || at < found.at)) found = { change, at };
    }
    if (!found) return { before: text, place: null, after: "" };
    const place = `${found.change.sheet}!${found.change.cell}`;
    return {
      before: text.slice(0, found.at),
      place: { sheet: found.change.sheet, cell: found.change.cell },
      after: text.slice(found.at + place.length),
    };
  });
}

/** Where the place occurs as a whole address: "Chỉ tiêu!H1" must not match inside "Chỉ tiêu!H10". */
function indexOfPlace(text: string, place: string): number {
  for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
    if (!/[A-Za-z0-9]/.test(text.charAt(at + place.length))) return at;
  }
  return -1;
}
