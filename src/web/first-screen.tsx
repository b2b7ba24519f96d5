/**
 * Build time only (webpack.web.config.js, through scripts/first-screen.cjs): the page's first screen as
 * static HTML in both languages — banner, file picker, the App before any file, footer; light theme — for
 * index.html to paint while the bundle loads.
 */
import { busyWords } from "../ui/first-screen/busy-words";
import { fixedLanguageStorage } from "../ui/first-screen/fixed-storage";
import { pageParts, type PageParts } from "../ui/first-screen/page-parts";
import { renderStatic } from "../ui/first-screen/render-static";
import { loadLanguage, VIETNAMESE } from "../ui/pane-language";
import { teamsHighContrastTheme, webDarkTheme } from "../ui/theme-others";
import { FileHost } from "./file-host";
import { observableStorage } from "./observable-storage";
import { WebPage } from "./WebPage";

/** The file panel's "Chọn tệp", which opens the browser's file picker. */
const PICKER = '[data-testid="drop-zone"] button';

export async function firstScreen(): Promise<PageParts> {
  const english = await loadLanguage("en");
  // Nothing is opened or ranked: the host only has to offer what the page offers (the sample).
  const host = new FileHost({ loadSample: () => Promise.reject(new Error("static screen")) });
  const screens = renderStatic({
    vi: <WebPage host={host} storage={observableStorage(fixedLanguageStorage("vi"))} themeKind="light" />,
    en: <WebPage host={host} storage={observableStorage(fixedLanguageStorage("en"))} themeKind="light" />,
  });
  return pageParts(screens, { busy: busyWords([VIETNAMESE, english], "file"), picker: PICKER, drops: true, dark: webDarkTheme, highContrast: teamsHighContrastTheme });
}
