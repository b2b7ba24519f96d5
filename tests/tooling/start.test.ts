import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const START = join(ROOT, "scripts/start.mjs");

jest.setTimeout(30_000);

/**
 * Runs `body` (an async function body with `m`, the module scripts/start.mjs, in scope) in a real node
 * process — the wrapper is an ES module — and returns what it returns, with what it printed on stderr.
 */
function inNode<T>(body: string): { value: T; stderr: string } {
  const code = `
    const errors = [];
    console.error = (...args) => errors.push(args.join(" "));
    import(${JSON.stringify(START)}).then(async (m) => {
      const value = await (async () => { ${body} })();
      process.stdout.write(JSON.stringify({ value, stderr: errors.join("\\n") }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", code], { encoding: "utf8" }));
}

/** main() with the platform injected and office-addin-debugging replaced by a fake that ends as given. */
function start(argv: string[], platform: string, ending: { status: number | null; signal?: string | null; output: string } | null, env: Record<string, string> = {}) {
  return inNode<{ code: number; ran: string[][] }>(`
    const ran = [];
    const fake = async (args) => { ran.push(args); return ${JSON.stringify(ending)}; };
    const code = await m.main(${JSON.stringify(argv)}, ${JSON.stringify(platform)}, fake, ${JSON.stringify(env)});
    return { code, ran };`);
}

const STARTED = "Debugging is being started...\nApp type: desktop\nSideloading the Office Add-in...\nDebugging started.\n";
const STOPPED = "Debugging is being stopped...\nStopped dev server. Process id: 4242\nDebugging has been stopped.\n";

describe("npm start (scripts/start.mjs)", () => {
  it("refuses at once on Linux, running nothing, and says what to use instead", () => {
    const { value, stderr } = start(["desktop"], "linux", { status: 0, output: STARTED });
    expect(value).toEqual({ code: 1, ran: [] });
    expect(stderr).toContain("no desktop Excel");
    expect(stderr).toContain("npm run serve:web");
    expect(stderr).toContain("npm run rank -- tệp.xlsx");
    expect(stderr).toContain('README.md, mục "Build and sideload"');
  });

  it("runs office-addin-debugging on Windows and macOS and exits 0 when it started", () => {
    for (const platform of ["win32", "darwin"]) {
      expect(start(["desktop"], platform, { status: 0, output: STARTED }).value).toEqual({ code: 0, ran: [["start", "manifest.xml"]] });
    }
  });

  it("fails when the tool prints its failure and exits 0, as it does", () => {
    const output = "Debugging is being started...\nSideloading the Office Add-in...\nError: Unable to start debugging.\nError: Unable to sideload the Office Add-in. \nError: Platform not supported: linux.\n";
    const { value, stderr } = start(["desktop"], "darwin", { status: 0, output });
    expect(value.code).toBe(1);
    expect(stderr).toContain("Unable to start debugging");
    expect(stderr).toContain("npm run serve:web");
  });

  it("fails on a refused certificate, and says how to trust it", () => {
    const output = "Installing CA certificate \"Developer CA for Microsoft Office Add-ins\"...\nError: Unable to install the CA certificate. The operation was cancelled by the user.\nDebugging started.\n";
    const { value, stderr } = start(["desktop"], "win32", { status: 0, output });
    expect(value.code).toBe(1);
    expect(stderr).toContain("npx office-addin-dev-certs install");
  });

  it("fails on a non-zero exit, a signal, and an ending without 'started'", () => {
    expect(start(["desktop"], "win32", { status: 3, output: STARTED }).value.code).toBe(1);
    expect(start(["desktop"], "win32", { status: null, signal: "SIGTERM", output: "" }).value.code).toBe(1);
    expect(start(["desktop"], "win32", { status: 0, output: "Debugging is being started...\n" }).value.code).toBe(1);
  });

  it("names the module when Microsoft's tools cannot load", () => {
    const output = "node:internal/modules/cjs/loader:1210\n  throw err;\nError: Cannot find module 'fs-extra'\nRequire stack:\n";
    const { value, stderr } = start(["desktop"], "win32", { status: 1, output });
    expect(value.code).toBe(1);
    expect(stderr).toContain("could not load 'fs-extra'");
  });

  it("keeps a successful run's certificate messages for what they are", () => {
    const output = "The developer certificates have been generated in ~/.office-addin-dev-certs\nInstalling CA certificate \"Developer CA for Microsoft Office Add-ins\"...\nDebugging started.\n";
    expect(start(["desktop"], "darwin", { status: 0, output }).value.code).toBe(0);
  });
});

describe("npm run start:web and npm stop", () => {
  it("start:web runs on any platform with a document, and is refused without one", () => {
    const url = "https://contoso.sharepoint.com/khoi.xlsx";
    expect(start(["web", "--document", url], "linux", { status: 0, output: "Started.\n" }).value).toEqual({ code: 0, ran: [["start", "manifest.xml", "web", "--document", url]] });
    const refused = start(["web"], "linux", { status: 0, output: "Started.\n" });
    expect(refused.value).toEqual({ code: 1, ran: [] });
    expect(refused.stderr).toContain('npm run start:web -- --document "<URL');
    expect(start(["web"], "win32", { status: 0, output: "Started.\n" }, { npm_package_config_document: url }).value.code).toBe(0);
  });

  it("stop stops the dev server everywhere; on Linux the failed unregistering is expected", () => {
    const linux = "Debugging is being stopped...\nUnable to unregister the Office Add-in. Error: Platform not supported: linux.\n" + STOPPED.split("\n").slice(1).join("\n");
    expect(start(["stop"], "linux", { status: 0, output: linux }).value).toEqual({ code: 0, ran: [["stop", "manifest.xml"]] });
    expect(start(["stop"], "win32", { status: 0, output: linux }).value.code).toBe(1);
    expect(start(["stop"], "darwin", { status: 0, output: STOPPED }).value.code).toBe(0);
    expect(start(["stop"], "darwin", { status: 0, output: "Debugging is being stopped...\nError: Unable to stop debugging.\n" }).value.code).toBe(1);
  });

  it("refuses an unknown mode", () => {
    expect(start(["launch"], "win32", null).value).toEqual({ code: 1, ran: [] });
  });
});
