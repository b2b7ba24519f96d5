import type { Lang } from "../scoring/types";
import { cliWords } from "../scoring/vocabulary/cli-words";

/** The other language of the two. */
const OTHER: Record<Lang, Lang> = { vi: "en", en: "vi" };

/** Both languages, the chosen one first: the officer may not know yet that --lang exists. */
export function helpText(lang: Lang): string {
  return `${cliWords(lang).help}\n${cliWords(OTHER[lang]).help}`;
}

/** The batch's help, both languages, the chosen one first. */
export function batchHelpText(lang: Lang): string {
  return `${cliWords(lang).batchHelp}\n${cliWords(OTHER[lang]).batchHelp}`;
}
