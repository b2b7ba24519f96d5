import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/recalculate";
import { App } from "./App";
import { OfficeTimeout } from "./components/OfficeTimeout";
import { LanguageProvider, defaultStorage } from "./language";
import { waitForOffice } from "./office-ready";
import { THEMES, chooseThemeKind, currentThemeEnvironment } from "./theme";

declare global {
  interface Window {
    /** Set by the inline script of taskpane.html in Internet Explorer / legacy Edge webviews. */
    __ktdLegacy?: boolean;
  }
}

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const readiness = await waitForOffice(typeof Office === "undefined" ? undefined : Office);
  if (readiness === "timeout") {
    const theme = THEMES[chooseThemeKind(currentThemeEnvironment())];
    root.render(
      <LanguageProvider storage={defaultStorage()}>
        <FluentProvider theme={theme}>
          <OfficeTimeout onRetry={() => window.location.reload()} />
        </FluentProvider>
      </LanguageProvider>,
    );
    return;
  }
  root.render(<App host={createExcelHost} />);
}

const container = document.getElementById("root");
// The legacy-webview message is already on screen; running React there would only replace it with a crash.
if (container && !window.__ktdLegacy) void boot(container);
