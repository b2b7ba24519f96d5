import type { Issue, IssueCode, Lang, Localized, Severity } from "../../scoring/types";
import { messageInBoth, type MessageVocabulary } from "../../scoring/vocabulary/message-words";

/**
 * Building the reader's issues. Every message says where (sheet and cell), what was found and
 * what to do, in Vietnamese and English (the vocabulary's reader-*.ts); callers pass only the facts.
 */

export type ReaderWords = MessageVocabulary["read"];
/** A reader's sentence from its words and the language (for numbers and names written in it). */
export type ReaderSentence = (words: ReaderWords, lang: Lang) => string;

export function issue(severity: Severity, sheet: string, cell: string, code: IssueCode, message: Localized): Issue {
  return { severity, sheet, cell, code, message };
}

/** "Trang "Chỉ tiêu", ô H7" / "Sheet "Targets", cell H7". */
export function where(sheet: string, cell: string): Localized {
  return messageInBoth((m) => (cell === "" ? m.whereSheet({ sheet }) : m.whereCell({ sheet, cell })));
}

/** Join sentences of one message: where + what + what to do. */
export function say(sheet: string, cell: string, sentence: ReaderSentence): Localized {
  const at = where(sheet, cell);
  return messageInBoth((m, lang) => `${at[lang]}: ${sentence(m.read, lang)}`);
}

/** A reader's words in both languages ("một số" / "a number"): the facts one reader passes another. */
export function readerWords(pick: ReaderSentence): Localized {
  return messageInBoth((m, lang) => pick(m.read, lang));
}
