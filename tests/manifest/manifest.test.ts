/** @jest-environment jsdom */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const BASE = "https://localhost:3000/";

const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const first = (tag: string): Element => {
  const found = doc.getElementsByTagName(tag)[0];
  if (!found) throw new Error(`manifest.xml has no <${tag}>`);
  return found;
};

/** Pages webpack emits (HtmlWebpackPlugin filenames), read from the real config. */
async function builtPages(): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require(join(root, "webpack.config.js"))({}, { mode: "production" });
  return config.plugins
    .map((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename)
    .filter((f: string | undefined): f is string => typeof f === "string" && f.endsWith(".html"));
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe("OfficeApp");
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("has the required elements of an Excel task pane add-in", () => {
    expect(first("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(first("DefaultLocale").textContent).toBe("vi-VN");
    expect(first("ProviderName").textContent).not.toBe("");
    expect(first("Host").getAttribute("Name")).toBe("Workbook");
    expect(first("SourceLocation").getAttribute("DefaultValue")).toBe(`${BASE}taskpane.html`);
    const set = first("Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.4"]);
    for (const tag of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Permissions", "VersionOverrides"]) {
      expect(all(tag).length).toBeGreaterThan(0);
    }
  });

  it("has the version of package.json in four parts", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(first("Version").textContent).toBe(`${pkg.version}.0`);
  });

  it("declares the two Home-tab buttons: recalculate (a function) and the task pane", () => {
    const controls = all("Control");
    expect(controls).toHaveLength(2);
    const actions = controls.map((c) => c.getElementsByTagName("Action")[0].getAttribute("xsi:type"));
    expect(actions).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(first("FunctionName").textContent).toBe("recalculate");
    expect(first("OfficeTab").getAttribute("id")).toBe("TabHome");
    const commands = readFileSync(join(root, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain('associate("recalculate"');
  });

  it("uses unique resource ids and every referenced resid exists", () => {
    const ids = [...all("bt:Image"), ...all("bt:Url"), ...all("bt:String")].map((e) => e.getAttribute("id")).filter((id): id is string => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid")!);
    expect(referenced.length).toBeGreaterThan(5);
    for (const resid of referenced) expect(ids).toContain(resid);
  });

  it("translates every visible string into en-US, within Office's length limits", () => {
    const strings = [...all("bt:String"), first("DisplayName"), first("Description")];
    for (const s of strings) {
      const overrides = Array.from(s.children).filter((c) => c.getAttribute("Locale") === "en-US");
      expect(overrides).toHaveLength(1);
    }
    const texts = (group: string): string[] =>
      Array.from(first(group).getElementsByTagName("bt:String")).flatMap((s) => [
        s.getAttribute("DefaultValue") ?? "",
        ...Array.from(s.children).map((o) => o.getAttribute("Value") ?? ""),
      ]);
    expect(texts("bt:ShortStrings").length).toBeGreaterThanOrEqual(8);
    for (const text of texts("bt:ShortStrings")) expect(text.length).toBeLessThanOrEqual(125);
    expect(texts("bt:LongStrings").length).toBeGreaterThanOrEqual(6);
    for (const text of texts("bt:LongStrings")) expect(text.length).toBeLessThanOrEqual(250);
  });

  it("points every URL and icon at a page webpack builds or a file assets/ ships, on the app domain", async () => {
    const pages = await builtPages();
    expect(pages.sort()).toEqual(["commands.html", "taskpane.html"]);
    const urls = Array.from(doc.querySelectorAll("[DefaultValue^='https://']")).map((e) => e.getAttribute("DefaultValue")!);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      expect(url.startsWith(BASE)).toBe(true);
      const path = url.slice(BASE.length);
      const shipped = path.startsWith("assets/") ? existsSync(join(root, path)) : pages.includes(path);
      if (!shipped) throw new Error(`${url} is neither built by webpack nor shipped in assets/`);
    }
    expect(Array.from(doc.getElementsByTagName("AppDomain")).map((e) => e.textContent)).toContain(BASE.slice(0, -1));
  });

  it("ships the icon sizes Office asks for, as real PNGs of that size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
