import type { Issue, IssueCode, Localized, Severity } from "../../scoring/types";
import { messageInBoth } from "../../scoring/vocabulary/message-words";

/**
 * Building the reader's issues. Every message says where (sheet and cell), what was found and
 * what to do, in Vietnamese and English; callers pass only the facts.
 */

export function issue(severity: Severity, sheet: string, cell: string, code: IssueCode, message: Localized): Issue {
  return { severity, sheet, cell, code, message };
}

/** "Trang "Chỉ tiêu", ô H7" / "Sheet "Targets", cell H7". */
export function where(sheet: string, cell: string): Localized {
  return messageInBoth((m) => (cell === "" ? m.whereSheet({ sheet }) : m.whereCell({ sheet, cell })));
}

/** Join sentences of one message: where + what + what to do. */
export function say(sheet: string, cell: string, vi: string, en: string): Localized {
  const at = where(sheet, cell);
  return { vi: `${at.vi}: ${vi}`, en: `${at.en}: ${en}` };
}
