import { webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark" | "highContrast";

/** The part of Office.context.officeTheme the pane looks at. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export interface ThemeEnvironment {
  officeTheme?: OfficeThemeLike | null;
  matchMedia?: ((query: string) => { matches: boolean }) | null;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white), null when not a hex colour. */
function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * Forced colours (Windows high contrast) win, because ignoring them makes the pane unreadable for the
 * people who turned them on. Then Office's own theme (the pane should match the ribbon), then the
 * browser's colour scheme (Excel on the web, or outside Office).
 */
export function chooseThemeKind(env: ThemeEnvironment): ThemeKind {
  const media = env.matchMedia ?? null;
  if (media?.("(forced-colors: active)").matches) return "highContrast";
  const office = env.officeTheme;
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const lum = office.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
    if (lum !== null) return lum < 0.2 ? "dark" : "light";
  }
  if (media?.("(prefers-color-scheme: dark)").matches) return "dark";
  return "light";
}

type OtherThemes = typeof import("./theme-others");
let otherThemes: OtherThemes | null = null;

/**
 * The light theme is in the first download; the dark and high-contrast ones (about 40 KB of tokens) come
 * from a small chunk only for the officers who use them, so the common start stays small. Light is
 * returned at once, the others as a promise until their chunk is here, then at once too (the entries load
 * it before the first render, so that render is the whole pane, never an empty one in place of the
 * static first screen).
 */
export function loadTheme(kind: ThemeKind): Theme | Promise<Theme> {
  if (kind === "light") return webLightTheme;
  const pick = (m: OtherThemes) => (kind === "dark" ? m.webDarkTheme : m.teamsHighContrastTheme);
  if (otherThemes) return pick(otherThemes);
  return import(/* webpackChunkName: "themes" */ "./theme-others").then((m) => pick((otherThemes = m)));
}

/**
 * Reads the browser's environment; safe in tests. Office's theme is the pane's to give (src/taskpane reads
 * it): the shared UI never touches Office.js.
 */
export function currentThemeEnvironment(officeTheme: OfficeThemeLike | null = null): ThemeEnvironment {
  const matchMedia = typeof window !== "undefined" && typeof window.matchMedia === "function" ? (q: string) => window.matchMedia(q) : null;
  return { officeTheme, matchMedia };
}
