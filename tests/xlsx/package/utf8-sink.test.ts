import fc from "fast-check";
import { Utf8Sink } from "../../../src/xlsx/package/utf8-sink";

describe("Utf8Sink", () => {
  it("gives the bytes of the whole text encoded at once, however it was cut into pieces (pairs of surrogates across a flush too)", () => {
    const piece = fc.string({ unit: fc.constantFrom("a", "<", "ế", "😀", "\uD83D", "\uDE00", "x".repeat(5000)), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const sink = new Utf8Sink();
        for (const p of pieces) sink.push(p);
        expect(sink.bytes()).toEqual(new TextEncoder().encode(pieces.join("")));
      }),
      { numRuns: 300 },
    );
  });
});
