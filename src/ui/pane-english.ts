import { paneEn, paneFileEn } from "../scoring/vocabulary/pane-en";
import type { PaneLanguage } from "./pane-language";

/** The pane in English: a chunk of its own, loaded by pane-language.ts only when English is chosen. */
export const ENGLISH: PaneLanguage = { lang: "en", pane: paneEn, paneFile: paneFileEn };
