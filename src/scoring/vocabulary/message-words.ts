import type { Lang, Localized } from "../types";
import { messagesEn, type MessageVocabulary } from "./messages-en";
import { messagesVi } from "./messages-vi";

export type { MessageVocabulary } from "./messages-en";

const TABLES: Record<Lang, MessageVocabulary> = { vi: messagesVi, en: messagesEn };

/**
 * The message sentences of one language: `messageWords(lang).noScore({ standard: "20" })`. A module of
 * its own (not words.ts) so that only the code building messages pulls these tables into a bundle.
 */
export function messageWords(lang: Lang): MessageVocabulary {
  return TABLES[lang];
}

/** One message in both languages; `pick` gets the language too, for numbers it formats. */
export function messageInBoth(pick: (m: MessageVocabulary, lang: Lang) => string): Localized {
  return { vi: pick(messagesVi, "vi"), en: pick(messagesEn, "en") };
}
