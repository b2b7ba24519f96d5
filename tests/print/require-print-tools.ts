/**
 * Jest global setup of the print suite (jest.print.config.js): stops the run before any test when
 * LibreOffice or poppler is missing, with what to install. Without this the suite could not print, and a
 * suite that cannot print must fail, not pass.
 */
import { missingToolsMessage } from "./print-tools";

export default function requirePrintTools(): void {
  const message = missingToolsMessage();
  if (message !== null) throw new Error(message);
}
