/**
 * Build time only (webpack.config.js, through scripts/first-screen.cjs): the task pane's first screen as
 * static HTML in both languages — the App as it first renders in Excel, light theme, before any
 * calculation — for taskpane.html to paint while office.js and the bundle load.
 */
import { detectCapabilities } from "../excel/capabilities";
import { App } from "../ui/App";
import { busyWords } from "../ui/first-screen/busy-words";
import { pageParts, type PageParts } from "../ui/first-screen/page-parts";
import { fixedLanguageStorage } from "../ui/first-screen/fixed-storage";
import { renderStatic } from "../ui/first-screen/render-static";
import { loadLanguage, VIETNAMESE } from "../ui/pane-language";
import { teamsHighContrastTheme, webDarkTheme } from "../ui/theme-others";
import { createLazyExcelHost } from "./lazy-excel-host";

export async function firstScreen(): Promise<PageParts> {
  const english = await loadLanguage("en");
  // The usual Excel (ExcelApi 1.7 and later): the automatic switch is on. Nothing is ever loaded or run.
  const capabilities = detectCapabilities(() => true);
  const host = createLazyExcelHost({ load: () => Promise.reject(new Error("static screen")), capabilities });
  const screens = renderStatic({
    vi: <App host={host} storage={fixedLanguageStorage("vi")} themeKind="light" />,
    en: <App host={host} storage={fixedLanguageStorage("en")} themeKind="light" />,
  });
  return pageParts(screens, { busy: busyWords([VIETNAMESE, english], "excel"), dark: webDarkTheme, highContrast: teamsHighContrastTheme });
}
