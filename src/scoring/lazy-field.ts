/**
 * A field of a result object built only when first read, for the big parts of a result few readers
 * need (a criterion's target rows: scoreBloc would otherwise make 60,000 row objects for a big bloc,
 * and half its time was building and collecting them).
 *
 * Why an own enumerable accessor: consumers see an ordinary own property holding plain data, so
 * JSON.stringify, spreading, Object.keys, Jest's toEqual/toStrictEqual, structuredClone and postMessage
 * (all of which read own enumerable properties through [[Get]]) give the built value, and the object keeps
 * Object.prototype. A class whose prototype getter holds the field would spread and compare as if the
 * field were missing (see lazy-text.ts for the same reasoning).
 *
 * Why one shared getter reading a symbol-keyed source: an accessor whose getter is the same function on
 * every object keeps them on one hidden class (a getter closure per object made each a dictionary and
 * cost about 8 µs); the source sits under a non-enumerable symbol, which none of the consumers above
 * copies or compares. The built value is kept by the source rather than by turning the accessor into a
 * data property on first read: redefining a property costs about 2 µs an object.
 */

/** Builds the field's value once and keeps it (or the value it was assigned). */
export interface LazySource<T> {
  value(): T;
  replace(value: T): void;
}

export class LazyField<T> {
  private readonly hidden: symbol;
  private readonly accessor: PropertyDescriptor;
  /**
   * The descriptor of the hidden source, reused with its value changed: a new descriptor literal per
   * object made define() about 40 % slower (12,000 criteria a big bloc). Same attributes as `{ value }`.
   */
  private readonly sourceDescriptor: PropertyDescriptor = { value: undefined, writable: false, enumerable: false, configurable: false };

  constructor(readonly key: string) {
    const hidden = Symbol(key);
    this.hidden = hidden;
    this.accessor = {
      enumerable: true,
      configurable: true,
      get(this: Record<symbol, LazySource<T>>): T {
        return this[hidden].value();
      },
      // Writable like any data field: an assignment replaces the value (strict code would throw without a setter).
      set(this: Record<symbol, LazySource<T>>, value: T): void {
        this[hidden].replace(value);
      },
    };
  }

  /** Gives `owner` the field, as its next own property (key order as if it were assigned now). */
  define(owner: object, source: LazySource<T>): void {
    const descriptor = this.sourceDescriptor;
    descriptor.value = source;
    Object.defineProperty(owner, this.hidden, descriptor);
    // Not kept alive by the shared descriptor once the owner has it.
    descriptor.value = undefined;
    Object.defineProperty(owner, this.key, this.accessor);
  }
}
