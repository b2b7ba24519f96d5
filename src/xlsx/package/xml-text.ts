import { escapeAttribute, escapeText } from "./xml-tree";

/**
 * Text as a spreadsheet part stores it (ST_Xstring, ECMA-376 Part 1 §22.9.2.19): characters XML 1.0
 * cannot carry (control characters an officer pasted) are written as _xHHHH_, and a literal "_xHHHH_" in
 * the text is protected as _x005F_xHHHH_ so Excel reads it back unchanged. Lone surrogates become U+FFFD.
 */
export function xstring(text: string): string {
  if (!NEEDS_XSTRING.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot carry is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

// eslint-disable-next-line no-control-regex -- as above
const NEEDS_XSTRING = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_ESCAPE = /[&<>]/;

/** Element text: ST_Xstring, then XML escaping. Most texts need neither, and are returned as they are. */
export function xmlText(text: string): string {
  const safe = xstring(text);
  return NEEDS_ESCAPE.test(safe) ? escapeText(safe) : safe;
}

/** Attribute value: ST_Xstring, then XML escaping. */
export function xmlAttribute(text: string): string {
  return escapeAttribute(xstring(text));
}
