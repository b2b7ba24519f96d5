/**
 * jsdom (the environment of the page and pane tests) has no TextEncoder, which every browser the add-in
 * and the web page run in has, as Node does: the tests that write a workbook in jsdom get Node's.
 */
import { TextDecoder, TextEncoder } from "node:util";

const globals = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
if (globals.TextEncoder === undefined) globals.TextEncoder = TextEncoder;
if (globals.TextDecoder === undefined) globals.TextDecoder = TextDecoder;
