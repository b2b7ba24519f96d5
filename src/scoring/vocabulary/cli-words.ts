import type { Lang } from "../types";
import { cliEn, type CliVocabulary } from "./cli-en";
import { cliVi } from "./cli-vi";

export type { CliVocabulary } from "./cli-en";

const TABLES: Record<Lang, CliVocabulary> = { vi: cliVi, en: cliEn };

/** The command line's words in one language: `cliWords(lang).missingInput`. Only the CLI imports this module. */
export function cliWords(lang: Lang): CliVocabulary {
  return TABLES[lang];
}
