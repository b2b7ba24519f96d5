import type { CalculationHost } from "../workbook/host/host";
import { filler, type Filler } from "./interpolate";
import type { PaneKey, PaneLanguage } from "./pane-language";

export type HostKind = CalculationHost["kind"];
export type Translate = Filler<PaneKey>;

/** The pane's words in one language; `kind` picks the wording that suits where the workbook lives (Excel by default). */
export function translator(language: PaneLanguage, kind: HostKind = "excel"): Translate {
  return filler(kind === "file" ? { ...language.pane, ...language.paneFile } : language.pane);
}
