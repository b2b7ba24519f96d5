import type { PageParts } from "../../src/ui/first-screen/page-parts";

/**
 * A page as webpack builds it, reduced to what matters here: the static first screen (rendered as at build
 * time by `render`, once per test file) and its inline script, run as the browser runs it before any
 * bundle. Returns the loader of a fresh page; it gives #root.
 */
export function firstScreenPage(render: () => Promise<PageParts>): () => HTMLElement {
  let parts: PageParts | null = null;
  beforeAll(async () => {
    parts = await render();
  });
  return () => {
    if (!parts) throw new Error("the first screen is rendered in beforeAll");
    document.head.innerHTML = parts.head;
    document.body.innerHTML = `<div id="root"></div>${parts.body}`;
    new Function(document.body.querySelector("script")!.textContent!)();
    return document.getElementById("root")!;
  };
}
