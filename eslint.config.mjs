import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Rooms and what each may not import (docs/architecture.md; each folder's README.md says the same).
 * Dependencies point inward: scoring ← workbook ← adapters (excel, xlsx) ← ui ← entry points
 * (taskpane, web, cli, commands). tests/lint/boundaries.test.ts feeds every forbidden import to the
 * linter and checks it is refused.
 */
const ROOMS = ["scoring", "workbook", "excel", "xlsx", "ui", "taskpane", "web", "cli", "commands"];
const REACT = ["react", "react-dom", "react-dom/*", "react/*", "@fluentui/*"];
const FILE_LIBRARIES = ["exceljs", "fflate", "saxes"];
const NODE = ["fs", "path", "zlib", "crypto", "os", "child_process", "node:*"];
/** ExcelJS is a devDependency: it builds test and sample workbooks (scripts/input-workbook.ts), never the product's files. */
const DEV_ONLY = ["exceljs"];
/** Office.js itself: the add-in loads it with a script tag; only the rooms that run inside Office may use it. */
const OFFICE_JS = ["@microsoft/office-js", "@microsoft/office-js/*"];

const FORBIDDEN = {
  // The pure core: nothing but itself.
  scoring: { rooms: ROOMS.filter((r) => r !== "scoring"), packages: [...REACT, ...FILE_LIBRARIES, ...NODE], why: "src/scoring is the pure core: it imports nothing of the other rooms, no library, no Node." },
  workbook: { rooms: ROOMS.filter((r) => r !== "scoring" && r !== "workbook"), packages: [...REACT, ...FILE_LIBRARIES, ...NODE], why: "src/workbook (the contract) imports only src/scoring." },
  excel: { rooms: ["xlsx", "ui", "taskpane", "web", "cli", "commands"], packages: [...REACT, ...FILE_LIBRARIES, ...NODE], why: "src/excel (the Office.js adapter) imports scoring and workbook only: no React, no file adapter, no entry point." },
  xlsx: { rooms: ["excel", "ui", "taskpane", "web", "cli", "commands"], packages: [...REACT, ...DEV_ONLY], why: "src/xlsx (the file adapter) imports scoring and workbook only: no Office.js code, no React, no entry point." },
  ui: { rooms: ["excel", "xlsx", "cli", "taskpane", "web", "commands"], packages: [...FILE_LIBRARIES, ...NODE], why: "src/ui (components shared by the pane and the web page) imports no adapter: the entry point hands it a host (src/workbook/host) and actions as props." },
  taskpane: { rooms: ["xlsx", "web", "cli", "commands"], packages: [...FILE_LIBRARIES, ...NODE], why: "src/taskpane (the Excel entry point) wires src/excel into src/ui; files are the web page's and the CLI's." },
  web: { rooms: ["excel", "taskpane", "cli", "commands"], packages: [...NODE, ...DEV_ONLY], why: "src/web (the standalone page) runs outside Excel: no Office.js code (src/excel), no other entry point." },
  cli: { rooms: ["excel", "ui", "taskpane", "web", "commands"], packages: [...REACT, ...DEV_ONLY], why: "src/cli imports no Office.js code (src/excel), no React, no other entry point." },
  commands: { rooms: ["xlsx", "ui", "taskpane", "web", "cli"], packages: [...REACT, ...FILE_LIBRARIES, ...NODE], why: "src/commands (the ribbon command) uses src/excel only." },
};

/** The rooms that run inside Office: only they may use the Office and Excel globals, or name their types. */
const OFFICE_ROOMS = ["excel", "taskpane", "commands"];
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension"];

/** A package pattern as a regex source for dynamic import(): "x" → x and x/…, "x/*" → x/…, "node:*" → node:…. */
function packageRegex(pattern) {
  const escaped = pattern.replace(/[.]/g, "\\.").replace(/\//g, "\\/");
  if (escaped.endsWith("*")) return `^${escaped.slice(0, -1)}`;
  return `^${escaped}(\\/.*)?$`;
}

function roomRules() {
  return Object.entries(FORBIDDEN).map(([room, { rooms, packages: own, why }]) => {
    const packages = OFFICE_ROOMS.includes(room) ? own : [...own, ...OFFICE_JS];
    const roomPatterns = rooms.flatMap((r) => [`**/${r}`, `**/${r}/**`]);
    const dynamic = [`^(\\.\\.?\\/)+(.*\\/)?(${rooms.join("|")})(\\/.*)?$`, ...packages.map(packageRegex)].join("|");
    const syntax = [{ selector: `ImportExpression > Literal[value=/${dynamic}/]`, message: why }];
    // JSX compiles to an import of react/jsx-runtime that no import statement shows.
    if (packages.includes("react")) syntax.push({ selector: "JSXElement, JSXFragment", message: `${why} JSX is React.` });
    const rules = { "no-restricted-imports": ["error", { patterns: [{ group: [...roomPatterns, ...packages], message: why }] }] };
    if (!OFFICE_ROOMS.includes(room)) {
      const office = `${why} Office.js belongs to src/excel (and the pane's and command's entry points).`;
      rules["no-restricted-globals"] = ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message: office }))];
      // Office.js's types (Excel.Range, Office.Context) are global too: naming them ties the code to Office.
      syntax.push({ selector: `TSQualifiedName[left.name=/^(${OFFICE_GLOBALS.join("|")})$/]`, message: office });
    }
    rules["no-restricted-syntax"] = ["error", ...syntax];
    return { files: [`src/${room}/**/*.{ts,tsx}`], rules };
  });
}

export default tseslint.config(
  { ignores: ["dist/**", "dist-web/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...roomRules(),
);
