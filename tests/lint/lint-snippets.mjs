// Lints in-memory snippets with the project's ESLint config, each as if it were the file at its path.
// Run as a child process by boundaries.test.ts: ESLint loads eslint.config.mjs with a native import(),
// which Jest's module sandbox does not allow. Reads [{ filePath, code }] on stdin, writes the rule ids
// each snippet broke as JSON on stdout.
import { ESLint } from "eslint";

const input = await new Promise((resolve) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
});
const eslint = new ESLint({ cwd: process.cwd() });
const snippets = JSON.parse(input);
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
