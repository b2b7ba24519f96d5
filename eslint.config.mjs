import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

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
  {
    // The pure rooms never reach outward: scoring imports nothing of the others; workbook only scoring.
    files: ["src/scoring/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/workbook/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/ui/**", "**/web/**", "**/cli/**", "**/commands/**", "react", "exceljs", "fs", "node:*"] }] },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/ui/**", "**/web/**", "**/cli/**", "**/commands/**", "react", "exceljs", "fs", "node:*"] }] },
  },
);
