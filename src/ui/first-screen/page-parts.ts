import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../../scoring/types";
import { LANG_STORAGE_KEY } from "../language";
import { CONTROLS, NOTICE, startFirstScreen, type EarlyInputConfig, type LoadingNotices } from "./early-input";
import type { StaticScreens } from "./render-static";
import { themeUnderMedia } from "./render-static";

/** What an HTML template puts in its <head> and <body> (webpack's HtmlWebpackPlugin, templateParameters). */
export interface PageParts {
  head: string;
  body: string;
}

export interface PagePartsOptions {
  busy: Record<string, string>;
  /** What the screen says when the program is slow to load or cannot be loaded (screen-words.ts). */
  loading: LoadingNotices;
  picker?: string;
  drops?: boolean;
  /** The dark and high-contrast themes (build time only: the page's first download keeps only light); the screens are light. */
  dark: Theme;
  highContrast: Theme;
}

const SCOPE = "[data-first-screen]";
/**
 * The pane usually takes over in well under a second, and in a few seconds on a slow webview; after this
 * long the officer is told what is going on rather than left with a button that seems stuck.
 */
export const SLOW_AFTER_MS = 12000;

/**
 * The static first screen in each language (inert <template>s, so the remembered language is the first
 * one painted) and the inline script that shows it and keeps what is done there (early-input.ts).
 */
export function pageParts(screens: StaticScreens<Lang>, options: PagePartsOptions): PageParts {
  const templates = { vi: "ktd-first-vi", en: "ktd-first-en" };
  const config: EarlyInputConfig = {
    controls: CONTROLS,
    storageKey: LANG_STORAGE_KEY,
    templates,
    busy: options.busy,
    picker: options.picker,
    drops: options.drops,
    loading: options.loading,
    slowAfterMs: SLOW_AFTER_MS,
  };
  const head = [
    // display: none for Internet Explorer, which knows no <template> (taskpane.html shows it a message instead).
    `<style>template{display:none}${SCOPE}{display:contents}`,
    // A pressed control looks as the pane's own busy button does (Fluent's disabled look) until the pane takes over.
    `${SCOPE} [data-early-pressed],${SCOPE} [data-early-pressed]:hover{background-color:var(--colorNeutralBackgroundDisabled);border-color:var(--colorNeutralStrokeDisabled);color:var(--colorNeutralForegroundDisabled);cursor:not-allowed}`,
    // The slow or failed load notice, in the look of the pane's own message bars (warning, then error).
    `${SCOPE} [${NOTICE}]{margin:8px 12px;padding:8px 12px;border-radius:var(--borderRadiusMedium);font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);color:var(--colorNeutralForeground1);background:var(--colorPaletteYellowBackground1);border:1px solid var(--colorPaletteYellowBorder1)}`,
    `${SCOPE} [${NOTICE}][data-kind="failed"]{background:var(--colorPaletteRedBackground1);border-color:var(--colorPaletteRedBorder1)}`,
    themeUnderMedia("(prefers-color-scheme: dark)", SCOPE, options.dark, webLightTheme),
    themeUnderMedia("(forced-colors: active)", SCOPE, options.highContrast, webLightTheme),
    "</style>",
    screens.css,
  ].join("");
  const body = [
    ...(Object.keys(templates) as Lang[]).map((lang) => `<template id="${templates[lang]}"><div ${SCOPE.slice(1, -1)} lang="${lang}">${screens.html[lang]}</div></template>`),
    `<script>(${startFirstScreen.toString()})(window, document, ${JSON.stringify(config)});</script>`,
  ].join("");
  return { head, body };
}
