import type { Localized } from "./types";

/**
 * Localized texts built only when read.
 *
 * Why: scoreBloc explains every target and criterion (60,000 texts for a big bloc) but a calculation
 * reads each at most once, while rendering, and the task pane reads a handful. Building them eagerly
 * was half of the scoring time, and keeping the strings alive was a good part of its garbage collection.
 *
 * Why a Proxy: consumers see a plain { vi, en } — own enumerable keys, so `text[lang]`, JSON.stringify,
 * spreading, Object.keys and Jest's toEqual all behave as with a literal. A class with prototype getters
 * would spread and compare as {} and hide differences silently; an object literal with `get vi()`
 * costs more to create than the strings themselves. The proxy's target is the row being explained (it
 * exists anyway) and the handler is shared by every row of one kind, so each text costs one small object.
 * The text is rebuilt on each read, which is why `build` must be pure and cheap.
 * Limits: structuredClone refuses a Proxy (it throws, it never loses a text) and so does Object.freeze;
 * use `plainText` where a real object is needed.
 */
export class LazyTexts<Row extends object, Context> {
  private readonly handler: ProxyHandler<Row>;

  constructor(build: (row: Row, context: Context) => Localized, context: Context) {
    this.handler = textHandler((row: Row) => build(row, context));
  }

  /** The text of one row (never copied: keep `row` unchanged afterwards). */
  of(row: Row): Localized {
    // A frozen row cannot report vi/en as its own properties (proxy invariants): wrap it instead.
    const target = Object.isExtensible(row) ? row : (Object.create(row) as Row);
    return new Proxy(target, this.handler) as unknown as Localized;
  }
}

/** A plain { vi, en } copy of any Localized (lazy or not). */
export function plainText(text: Localized): Localized {
  return { vi: text.vi, en: text.en };
}

function isKey(key: string | symbol): key is "vi" | "en" {
  return key === "vi" || key === "en";
}

/** Every trap answers as for a plain, read-only object { vi, en }; the row itself stays hidden. */
function textHandler<Row extends object>(build: (row: Row) => Localized): ProxyHandler<Row> {
  return {
    get(row, key) {
      if (isKey(key)) return build(row)[key];
      return (Object.prototype as Record<string | symbol, unknown>)[key];
    },
    has(_row, key) {
      return isKey(key) || key in Object.prototype;
    },
    ownKeys() {
      return ["vi", "en"];
    },
    getOwnPropertyDescriptor(row, key) {
      if (!isKey(key)) return undefined;
      // configurable: the row has no such property, and a proxy may only report one this way.
      return { value: build(row)[key], writable: false, enumerable: true, configurable: true };
    },
    getPrototypeOf() {
      return Object.prototype;
    },
    set() {
      return false;
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
    preventExtensions() {
      return false;
    },
  };
}
