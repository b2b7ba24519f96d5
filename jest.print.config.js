/**
 * Jest for `npm run test:print`: the tests under tests/print/, which re-save workbooks with LibreOffice and
 * Gnumeric (ssconvert), and print workbooks to PDF with
 * LibreOffice (soffice) and read the pages back with poppler (pdftotext, pdfinfo, pdftoppm).
 * The global setup fails the run at once, naming what to install, when any of those is missing, so the
 * suite never passes without having printed. `.ci/run` installs them (libreoffice-calc, gnumeric, poppler-utils).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest reads its configs as CommonJS
const base = require("./jest.config");

module.exports = {
  ...base,
  roots: ["<rootDir>/tests/print"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: "<rootDir>/tests/print/require-print-tools.ts",
};
