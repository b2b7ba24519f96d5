import type { Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { loadTheme, type ThemeKind } from "./theme";

/**
 * The Fluent theme of `kind`: at once for light, after its chunk loaded for dark and high contrast (null
 * until then — the caller renders nothing rather than flash a light pane before a dark one).
 */
export function useTheme(kind: ThemeKind): Theme | null {
  const [loaded, setLoaded] = useState<{ kind: ThemeKind; theme: Theme } | null>(() => {
    const theme = loadTheme(kind);
    return theme instanceof Promise ? null : { kind, theme };
  });
  useEffect(() => {
    if (loaded?.kind === kind) return;
    let live = true;
    void Promise.resolve(loadTheme(kind)).then((theme) => {
      if (live) setLoaded({ kind, theme });
    });
    return () => {
      live = false;
    };
  }, [kind, loaded]);
  return loaded?.kind === kind ? loaded.theme : null;
}
