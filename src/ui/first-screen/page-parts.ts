import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../../scoring/types";
import { LANG_STORAGE_KEY } from "../language";
import { CONTROLS, startFirstScreen, type EarlyInputConfig } from "./early-input";
import type { StaticScreens } from "./render-static";
import { themeUnderMedia } from "./render-static";

/** What an HTML template puts in its <head> and <body> (webpack's HtmlWebpackPlugin, templateParameters). */
export interface PageParts {
  head: string;
  body: string;
}

export interface PagePartsOptions {
  busy: Record<string, string>;
  picker?: string;
  drops?: boolean;
  /** The dark and high-contrast themes (build time only: the page's first download keeps only light); the screens are light. */
  dark: Theme;
  highContrast: Theme;
}

const SCOPE = "[data-first-screen]";

/**
 * The static first screen in each language (inert <template>s, so the remembered language is the first
 * one painted) and the inline script that shows it and keeps what is done there (early-input.ts).
 */
export function pageParts(screens: StaticScreens<Lang>, options: PagePartsOptions): PageParts {
  const templates = { vi: "ktd-first-vi", en: "ktd-first-en" };
  const config: EarlyInputConfig = { controls: CONTROLS, storageKey: LANG_STORAGE_KEY, templates, busy: options.busy, picker: options.picker, drops: options.drops };
  const head = [
    // display: none for Internet Explorer, which knows no <template> (taskpane.html shows it a message instead).
    `<style>template{display:none}${SCOPE}{display:contents}`,
    // A pressed control looks as the pane's own busy button does (Fluent's disabled look) until the pane takes over.
    `${SCOPE} [data-early-pressed],${SCOPE} [data-early-pressed]:hover{background-color:var(--colorNeutralBackgroundDisabled);border-color:var(--colorNeutralStrokeDisabled);color:var(--colorNeutralForegroundDisabled);cursor:not-allowed}`,
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
