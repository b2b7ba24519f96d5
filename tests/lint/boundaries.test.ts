import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The rooms' import rules, checked the way a reviewer would: every import that breaks a room's rule is
 * handed to the linter (eslint.config.mjs) in a snippet placed at a path in that room, and must be
 * refused; an import the room may make must be accepted.
 */
const ROOT = path.resolve(__dirname, "../..");
const BOUNDARY_RULES = ["no-restricted-imports", "no-restricted-syntax", "no-restricted-globals"];

interface Case {
  room: string;
  /** Where the snippet is placed: a file in the room, or in a subfolder of it. */
  file: string;
  forbidden: string[];
  allowed: string[];
  /** May use the Office / Excel globals and name Office.js's types (Office.js code). */
  office: boolean;
}

const REACT = ["react", "react-dom/client", "@fluentui/react-components"];
const FILES = ["exceljs", "fflate", "saxes"];
const NODE = ["node:fs", "fs"];
/** Refused in every room that is not Office.js code (office: false). */
const OFFICE_JS = ["@microsoft/office-js"];
/** The rooms that may write JSX. */
const REACT_ROOMS = ["ui", "taskpane", "web"];

const CASES: Case[] = [
  { room: "scoring", file: "src/scoring/probe.ts", office: false, allowed: ["./types"], forbidden: ["../workbook/grid", "../excel/recalculate", "../xlsx/rank-file", "../ui/App", "../taskpane/office-ready", "../web/file-host", "../cli/run", "../commands/commands", ...REACT, ...FILES, ...NODE] },
  { room: "workbook", file: "src/workbook/reading/probe.ts", office: false, allowed: ["../../scoring/types", "../grid", "../output-sheets/program-sheets"], forbidden: ["../../excel/recalculate", "../../xlsx/rank-file", "../../ui/App", "../../taskpane/office-ready", "../../web/file-host", "../../cli/run", "../../commands/commands", ...REACT, ...FILES, ...NODE] },
  { room: "excel", file: "src/excel/probe.ts", office: true, allowed: ["../scoring/types", "../workbook/host/host", "./sheet-names"], forbidden: ["../xlsx/rank-file", "../ui/App", "../taskpane/office-ready", "../web/file-host", "../cli/run", "../commands/commands", ...REACT, ...FILES, ...NODE] },
  { room: "xlsx", file: "src/xlsx/package/probe.ts", office: false, allowed: ["../../scoring/types", "../../workbook/grid", "fflate", "saxes", "node:zlib"], forbidden: ["../../excel/recalculate", "../../ui/App", "../../taskpane/office-ready", "../../web/file-host", "../../cli/run", "../../commands/commands", ...REACT, "exceljs"] },
  { room: "ui", file: "src/ui/components/Probe.tsx", office: false, allowed: ["../../scoring/types", "../../workbook/host/host", "../language", "react", "@fluentui/react-components"], forbidden: ["../../excel/recalculate", "../../xlsx/rank-file", "../../cli/run", "../../taskpane/office-ready", "../../web/file-host", "../../commands/commands", ...FILES, ...NODE] },
  { room: "taskpane", file: "src/taskpane/probe.tsx", office: true, allowed: ["../excel/recalculate", "../ui/App", "../workbook/host/host", "react-dom/client"], forbidden: ["../xlsx/rank-file", "../web/file-host", "../cli/run", "../commands/commands", ...FILES, ...NODE] },
  { room: "web", file: "src/web/probe.tsx", office: false, allowed: ["../ui/App", "../xlsx/rank-file", "../workbook/grid", "./file-host", "react", "fflate"], forbidden: ["../excel/recalculate", "../taskpane/office-ready", "../cli/run", "../commands/commands", ...NODE, "exceljs"] },
  { room: "cli", file: "src/cli/probe.ts", office: false, allowed: ["../xlsx/rank-file", "../workbook/grid", "../scoring/types", "node:fs"], forbidden: ["../excel/recalculate", "../ui/App", "../taskpane/office-ready", "../web/file-host", "../commands/commands", ...REACT, "exceljs"] },
  { room: "commands", file: "src/commands/probe.ts", office: true, allowed: ["../excel/recalculate", "../workbook/host/host"], forbidden: ["../xlsx/rank-file", "../ui/App", "../taskpane/office-ready", "../web/file-host", "../cli/run", ...REACT, ...FILES, ...NODE] },
];

interface Snippet {
  label: string;
  filePath: string;
  code: string;
  refused: boolean;
}

function snippets(): Snippet[] {
  return CASES.flatMap(({ room, file, forbidden, allowed, office }) => {
    const filePath = path.join(ROOT, file);
    const react = REACT_ROOMS.includes(room);
    const refusedImports = [...forbidden, ...(office ? [] : OFFICE_JS)].flatMap((source) => [
      { label: `${room}: import "${source}"`, filePath, code: `import "${source}";\n`, refused: true },
      { label: `${room}: export * from "${source}"`, filePath, code: `export * from "${source}";\n`, refused: true },
      { label: `${room}: import type from "${source}"`, filePath, code: `import type { X } from "${source}";\nexport type Y = X;\n`, refused: true },
      { label: `${room}: import("${source}")`, filePath, code: `export const load = () => import("${source}");\n`, refused: true },
    ]);
    const acceptedImports = allowed.flatMap((source) => [
      { label: `${room}: import "${source}"`, filePath, code: `import "${source}";\n`, refused: false },
      { label: `${room}: import("${source}")`, filePath, code: `export const load = () => import("${source}");\n`, refused: false },
    ]);
    const officeCode = [
      { label: `${room}: the Office global`, filePath, code: `export const theme = typeof Office !== "undefined" ? Office.context : null;\n`, refused: !office },
      { label: `${room}: the OfficeExtension global`, filePath, code: `export const isOfficeError = (e: unknown) => e instanceof OfficeExtension.Error;\n`, refused: !office },
      { label: `${room}: an Office.js type`, filePath, code: `export type Target = Excel.Range;\n`, refused: !office },
    ];
    // JSX needs no import statement: it compiles to an import of react/jsx-runtime.
    const tsx = filePath.replace(/\.tsx?$/, ".tsx");
    const jsx = [
      { label: `${room}: JSX`, filePath: tsx, code: `export const Probe = () => <div />;\n`, refused: !react },
      { label: `${room}: a JSX fragment`, filePath: tsx, code: `export const Probe = () => <></>;\n`, refused: !react },
    ];
    return [...refusedImports, ...acceptedImports, ...officeCode, ...jsx];
  });
}

function lint(list: Snippet[]): string[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-snippets.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(list.map(({ filePath, code }) => ({ filePath, code }))),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ESLint failed to run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

describe("each room's import rules, as the linter keeps them", () => {
  const list = snippets();
  let results: string[][] = [];
  beforeAll(() => {
    results = lint(list);
  });

  it("refuses every import that breaks a room's rule and accepts the ones it allows", () => {
    const verdicts = list.map((s, i) => {
      const fatal = results[i].filter((id) => id.startsWith("fatal"));
      const boundary = results[i].some((id) => BOUNDARY_RULES.includes(id));
      return { label: s.label, verdict: fatal.length > 0 ? fatal.join("; ") : boundary ? "refused" : "accepted" };
    });
    expect(verdicts).toEqual(list.map((s) => ({ label: s.label, verdict: s.refused ? "refused" : "accepted" })));
  });

  it("covers every room of src", () => {
    const fs = jest.requireActual<typeof import("node:fs")>("node:fs");
    const rooms = fs.readdirSync(path.join(ROOT, "src"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(rooms.sort()).toEqual(CASES.map((c) => c.room).sort());
  });
});
