import type { HostKind } from "../i18n";
import { translator } from "../i18n";
import type { PaneLanguage } from "../pane-language";

/** Each first-screen button's words → its words while it works, in every language given ("Tính lại" → "Đang tính…"). */
export function busyWords(languages: PaneLanguage[], kind: HostKind): Record<string, string> {
  const busy: Record<string, string> = {};
  for (const language of languages) {
    const t = translator(language, kind);
    busy[t("recalc")] = t("recalcRunning");
    busy[t("sample")] = t("sampleRunning");
  }
  return busy;
}
