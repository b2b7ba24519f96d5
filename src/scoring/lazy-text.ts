import type { Localized } from "./types";

/**
 * A Localized whose two texts are built on first read.
 *
 * Why: scoreBloc explains every target and criterion (tens of thousands of texts for a big bloc), yet a
 * calculation usually reads a few of them, or reads them once while rendering. Building them eagerly
 * was half of the scoring time and most of its garbage. `build` must be pure: it runs at most once.
 *
 * Why a Proxy and not a class with getters: consumers see a plain { vi, en } — own enumerable keys, so
 * `text[lang]`, JSON.stringify, spreading, Object.keys and Jest's toEqual all behave as with a literal.
 * A class with prototype getters would spread and compare as {} and hide differences silently.
 * Creating one is a single small allocation; a literal with `get vi()` / `get en()` costs more than
 * building the strings. Limits: structuredClone refuses a Proxy (it throws, never loses text), and
 * Object.freeze is refused too; call `plainText` first where a real object is needed.
 */
export function lazyText<A, B>(build: (a: A, b: B) => Localized, a: A, b: B): Localized {
  return new Proxy(new Pending(build as Build, a, b), HANDLER) as unknown as Localized;
}

/** A plain { vi, en } copy of any Localized (lazy or not). */
export function plainText(text: Localized): Localized {
  return { vi: text.vi, en: text.en };
}

type Build = (a: unknown, b: unknown) => Localized;

class Pending {
  text: Localized | null = null;
  constructor(
    readonly build: Build,
    readonly a: unknown,
    readonly b: unknown,
  ) {}
}

function textOf(p: Pending): Localized {
  if (p.text === null) p.text = p.build(p.a, p.b);
  return p.text;
}

function isKey(key: string | symbol): key is "vi" | "en" {
  return key === "vi" || key === "en";
}

const KEYS = ["vi", "en"] as const;

/** The Pending object is only storage: every trap answers as for a plain object { vi, en }. */
const HANDLER: ProxyHandler<Pending> = {
  get(p, key) {
    if (isKey(key)) return textOf(p)[key];
    return (Object.prototype as Record<string | symbol, unknown>)[key];
  },
  set(p, key, value) {
    if (!isKey(key) || typeof value !== "string") return false;
    p.text = { ...textOf(p), [key]: value };
    return true;
  },
  has(_p, key) {
    return isKey(key) || key in Object.prototype;
  },
  ownKeys() {
    return [...KEYS];
  },
  getOwnPropertyDescriptor(p, key) {
    if (!isKey(key)) return undefined;
    // configurable: the Pending target has no such property, and a proxy may only report it this way.
    return { value: textOf(p)[key], writable: true, enumerable: true, configurable: true };
  },
  getPrototypeOf() {
    return Object.prototype;
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
