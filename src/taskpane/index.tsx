import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "../ui/App";
import { LanguageProvider, defaultStorage, readStoredLang } from "../ui/language";
import { loadLanguage } from "../ui/pane-language";
import { FirstScreenHandoff } from "../ui/first-screen/handoff";
import { createLazyExcelHost } from "./lazy-excel-host";
import { waitForOffice } from "./office-ready";
import { chooseThemeKind, currentThemeEnvironment, loadTheme } from "../ui/theme";
import { officeThemeNow } from "./office-theme";

declare global {
  interface Window {
    /** Set by the inline script of taskpane.html in Internet Explorer / legacy Edge webviews. */
    __ktdLegacy?: boolean;
  }
}

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  // A remembered English is fetched while office.js starts, so the first render is already in English
  // (Vietnamese is in this bundle). Offline, the pane starts in Vietnamese instead.
  const language = loadLanguage(readStoredLang(defaultStorage())).catch(() => undefined);
  const readiness = await waitForOffice(typeof Office === "undefined" ? undefined : Office);
  await language;
  const themeKind = chooseThemeKind(currentThemeEnvironment(officeThemeNow()));
  if (readiness === "timeout") {
    const theme = await loadTheme(themeKind);
    // Rarely shown: its message bar is not worth downloading before every normal start.
    const { OfficeTimeout } = await import(/* webpackChunkName: "office-timeout" */ "../ui/components/OfficeTimeout");
    root.render(
      <LanguageProvider storage={defaultStorage()}>
        <FluentProvider theme={theme}>
          <OfficeTimeout onRetry={() => window.location.reload()} />
        </FluentProvider>
      </LanguageProvider>,
    );
    return;
  }
  // The first render replaces the static first screen (taskpane.html): it must be the whole pane at once,
  // so its theme is here and its language is the one that screen shows now (it may have been switched).
  await loadTheme(themeKind);
  await loadLanguage(readStoredLang(defaultStorage())).catch(() => undefined);
  const host = createLazyExcelHost();
  root.render(
    <FirstScreenHandoff container={container}>
      <App host={host} themeKind={themeKind} />
    </FirstScreenHandoff>,
  );
  // The engine is not needed to paint the pane, but the first Tính lại should not wait for its download:
  // fetched once the first frame is painted, so it never competes with the first render.
  requestAnimationFrame(() => setTimeout(() => void host.preload().catch(() => undefined), 0));
}

const container = document.getElementById("root");
// The legacy-webview message is already on screen; running React there would only replace it with a crash.
if (container && !window.__ktdLegacy) void boot(container);
