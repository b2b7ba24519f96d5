import { LazyField, type LazySource } from "../../src/scoring/lazy-field";

interface Holder {
  a: number;
  rows: { n: number }[];
  z: string;
}

function counted(rows: { n: number }[]): { source: LazySource<{ n: number }[]>; builds: () => number } {
  let builds = 0;
  let value: { n: number }[] | undefined;
  return {
    source: {
      value: () => {
        if (value === undefined) {
          builds++;
          value = rows.map((r) => ({ ...r }));
        }
        return value;
      },
      replace: (v) => (value = v),
    },
    builds: () => builds,
  };
}

const ROWS = new LazyField<{ n: number }[]>("rows");

function holder(rows = [{ n: 1 }, { n: 2 }]): { h: Holder; builds: () => number } {
  const { source, builds } = counted(rows);
  const h = { a: 1 } as Holder;
  ROWS.define(h, source);
  h.z = "z";
  return { h, builds };
}

describe("a field built when first read", () => {
  it("builds nothing until read, then once: a second read gives the same array", () => {
    const { h, builds } = holder();
    expect(builds()).toBe(0);
    const first = h.rows;
    expect(first).toEqual([{ n: 1 }, { n: 2 }]);
    expect(h.rows).toBe(first);
    expect(builds()).toBe(1);
  });

  it("is an own enumerable field in its place: keys, JSON, spread, toEqual, toStrictEqual, structuredClone", () => {
    const { h } = holder();
    const plain = { a: 1, rows: [{ n: 1 }, { n: 2 }], z: "z" };
    expect(Object.keys(h)).toEqual(["a", "rows", "z"]);
    expect(JSON.stringify(h)).toBe(JSON.stringify(plain));
    expect({ ...h }).toStrictEqual(plain);
    expect(h).toEqual(plain);
    expect(h).toStrictEqual(plain);
    expect(h).not.toEqual({ ...plain, rows: [{ n: 1 }] });
    expect(structuredClone(h)).toStrictEqual(plain);
    expect(Object.getPrototypeOf(h)).toBe(Object.prototype);
    expect(Object.getOwnPropertySymbols(h).every((s) => !Object.getOwnPropertyDescriptor(h, s)?.enumerable)).toBe(true);
  });

  it("can be assigned like a data field, before or after it was read, and still read on a frozen owner", () => {
    const { h, builds } = holder();
    h.rows = [{ n: 9 }];
    expect(h.rows).toEqual([{ n: 9 }]);
    expect(builds()).toBe(0);
    const other = holder().h;
    void other.rows;
    other.rows = [];
    expect(other.rows).toEqual([]);
    const frozen = Object.freeze(holder().h);
    expect(frozen.rows).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("gives each owner its own source, fixed once defined (one shared descriptor makes them all)", () => {
    const one = holder([{ n: 1 }]).h;
    const two = holder([{ n: 2 }]).h;
    expect([one.rows, two.rows]).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    const hidden = Object.getOwnPropertySymbols(one)[0];
    expect(Object.getOwnPropertyDescriptor(one, hidden)).toMatchObject({ writable: false, enumerable: false, configurable: false });
  });
});
