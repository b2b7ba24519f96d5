import { createCSSRuleFromTheme, createDOMRenderer, RendererProvider, renderToStyleElements, SSRProvider, type Theme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export interface StaticScreens<K extends string> {
  /** Each screen's markup (its FluentProvider brings the theme's variables in a <style> of its own). */
  html: Record<K, string>;
  /** The <style> elements of every class the screens use (Griffel's buckets, in their order). */
  css: string;
}

/**
 * Renders screens to static HTML at build time, with the CSS of exactly the Fluent classes they use: the
 * same components, words and classes as the page's first render, so the swap to React changes nothing.
 */
export function renderStatic<K extends string>(screens: Record<K, ReactElement>): StaticScreens<K> {
  const renderer = createDOMRenderer();
  const html = {} as Record<K, string>;
  for (const key of Object.keys(screens) as K[]) {
    html[key] = renderToStaticMarkup(
      <RendererProvider renderer={renderer}>
        <SSRProvider>{screens[key]}</SSRProvider>
      </RendererProvider>,
    );
  }
  return { html, css: renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>) };
}

/**
 * Another theme's variables for every Fluent provider under `scope`, while `media` matches: the static
 * screen follows the system's dark or forced colours as the real one will, without a second copy of it.
 * Only the variables that differ from `base` (the colours, mostly), so the page stays small.
 */
export function themeUnderMedia(media: string, scope: string, theme: Theme, base: Theme): string {
  const differing = Object.fromEntries(Object.entries(theme).filter(([token, value]) => base[token as keyof Theme] !== value));
  return `@media ${media}{${createCSSRuleFromTheme(`${scope} .fui-FluentProvider`, differing)}}`;
}
