/**
 * Jest for `npm test`: everything that needs only Node and npm. TypeScript through @swc/jest (about twice
 * as fast as ts-jest); types are checked by `npm run typecheck`.
 *
 * tests/print/ is left out: those tests print the meeting papers with LibreOffice and read the PDF with
 * poppler, which a fresh machine does not have. They run under `npm run test:print` (jest.print.config.js).
 */
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } },
  ],
};

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/", "/tests/print/"],
  transform,
  setupFiles: ["<rootDir>/tests/setup/text-encoder.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
