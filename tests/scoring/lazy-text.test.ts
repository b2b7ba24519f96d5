import { types } from "node:util";
import { LazyTexts, plainText } from "../../src/scoring/lazy-text";
import { scoreBloc } from "../../src/scoring/score";
import type { Localized } from "../../src/scoring/types";
import { BlocBuilder } from "./builders";
import { unitOf } from "./helpers";

interface Row {
  n: number;
}

function counted(): { texts: LazyTexts<Row, string>; builds: () => number } {
  let builds = 0;
  const texts = new LazyTexts((row: Row, unit: string): Localized => {
    builds++;
    return { vi: `${row.n} ${unit}`, en: `${row.n} ${unit}s` };
  }, "điểm");
  return { texts, builds: () => builds };
}

describe("lazy Localized texts", () => {
  it("builds nothing until a text is read", () => {
    const { texts, builds } = counted();
    const made = [1, 2, 3].map((n) => texts.of({ n }));
    expect(builds()).toBe(0);
    expect(made[1].vi).toBe("2 điểm");
    expect(builds()).toBe(1);
  });

  it("looks like a plain { vi, en } to every consumer: index, keys, JSON, spread, toEqual, in", () => {
    const text = counted().texts.of({ n: 7 });
    const lang = "en" as const;
    expect(text[lang]).toBe("7 điểms");
    expect(Object.keys(text)).toEqual(["vi", "en"]);
    expect(JSON.parse(JSON.stringify({ text }))).toEqual({ text: { vi: "7 điểm", en: "7 điểms" } });
    expect({ ...text }).toEqual({ vi: "7 điểm", en: "7 điểms" });
    expect(text).toEqual({ vi: "7 điểm", en: "7 điểms" });
    expect(text).not.toEqual({ vi: "7 điểm", en: "other" });
    expect("vi" in text && !("n" in text)).toBe(true);
    expect(Object.getPrototypeOf(text)).toBe(Object.prototype);
    expect(plainText(text)).toEqual({ vi: "7 điểm", en: "7 điểms" });
    expect(types.isProxy(plainText(text))).toBe(false);
  });

  it("is read-only and never exposes the row it is built from", () => {
    const row = { n: 3 };
    const text = counted().texts.of(row) as unknown as Record<string, unknown>;
    expect(() => {
      "use strict";
      text.vi = "sửa";
    }).toThrow(TypeError);
    expect(text.n).toBeUndefined();
    expect(text.vi).toBe("3 điểm");
  });

  it("works over a frozen row", () => {
    const text = counted().texts.of(Object.freeze({ n: 4 }));
    expect(text).toEqual({ vi: "4 điểm", en: "4 điểms" });
  });

  it("is what scoreBloc returns for target and criterion explanations", () => {
    const b = new BlocBuilder().member("X");
    b.target("X", "increase", 95, 97.85);
    const criterion = unitOf(scoreBloc(b.build(), []), "X").criteria[0];
    expect(types.isProxy(criterion.targets[0].explanation)).toBe(true);
    expect(types.isProxy(criterion.explanation)).toBe(true);
    expect(criterion.targets[0].explanation).toEqual({ vi: "97,85/95 = 103,0 % → 70 + 2,10", en: "97.85/95 = 103.0% → 70 + 2.10" });
  });
});
