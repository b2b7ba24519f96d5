import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, ResourceLoader } from "jsdom";

const TEMPLATE = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

/** Loads the real template (without external scripts) as a webview with the given user agent would. */
function load(userAgent: string) {
  const html = TEMPLATE.replace(/<script src=[^>]*><\/script>/g, "");
  const dom = new JSDOM(html, { runScripts: "dangerously", resources: new ResourceLoader({ userAgent }) });
  const win = dom.window as unknown as Window & { __ktdLegacy?: boolean };
  return { win, doc: dom.window.document };
}

const LEGACY = {
  "IE 11 (Office 2016/2019 volume-licensed)": "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko",
  "IE 10": "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
  "legacy EdgeHTML": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
};

const MODERN = {
  "WebView2 (Microsoft 365, Office 2021)": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  "Excel for Mac (WKWebView)": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
  "Chromium (Excel on the web)": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
};

test.each(Object.entries(LEGACY))("%s: shows the bilingual message and stops the bundle", (_name, ua) => {
  const { win, doc } = load(ua);
  expect(win.__ktdLegacy).toBe(true);
  expect(doc.getElementById("root")).toBeNull();
  const message = doc.getElementById("legacy")!;
  expect(message.style.display).toBe("block");
  const text = message.textContent!.replace(/\s+/g, " ");
  for (const version of ["Microsoft 365", "Office 2021 trở lên", "Excel trên web", "Excel cho Mac", "Office 2021 or later", "Excel on the web", "Excel for Mac"]) {
    expect(text).toContain(version);
  }
  expect(text).toContain("npm run rank -- tệp.xlsx");
});

test.each(Object.entries(MODERN))("%s: leaves the pane to React", (_name, ua) => {
  const { win, doc } = load(ua);
  expect(win.__ktdLegacy).toBeUndefined();
  expect(doc.getElementById("root")).not.toBeNull();
  expect(doc.getElementById("legacy")!.style.display).toBe("");
});

test("the detection script is plain ES5 (no arrow functions, let/const, template strings)", () => {
  const inline = [...TEMPLATE.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  expect(inline).toContain("__ktdLegacy");
  expect(inline).not.toMatch(/=>|\blet\b|\bconst\b|`/);
});

test("office.js is loaded from the bundled copy, before the inline check and the bundle", () => {
  expect(TEMPLATE).toContain('<script src="office-js/office.js"></script>');
});
