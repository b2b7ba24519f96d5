import type { Lang, UnitResult } from "../../scoring/types";

/** The bloc's name as a subtitle line, when the Cấu hình sheet gives one. */
export function blocLine(bloc: string): string[] {
  return bloc.trim() === "" ? [] : [bloc.trim()];
}

/** The member's notes (đồng hạng, cần bình xét, excluded because…) in one cell. */
export function notesText(u: UnitResult, lang: Lang): string | null {
  return u.notes.length > 0 ? u.notes.map((n) => n[lang]).join("; ") : null;
}
