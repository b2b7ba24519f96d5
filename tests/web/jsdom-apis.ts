import { TextDecoder as NodeTextDecoder } from "node:util";

/** jsdom's Blob lacks arrayBuffer(), which every browser the page supports has. Call in beforeAll. */
export function polyfillBlobArrayBuffer(): void {
  if ("arrayBuffer" in Blob.prototype) return;
  Object.defineProperty(Blob.prototype, "arrayBuffer", {
    configurable: true,
    value(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

/** jsdom has no TextDecoder either; node's is the same WHATWG one. */
export function polyfillTextDecoder(): void {
  if (typeof TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

/** jsdom has no structuredClone (the page's worker messages are cloned); node's v8 serializer clones the same values. */
export function polyfillStructuredClone(): void {
  if (typeof structuredClone === "function") return;
  const v8 = jest.requireActual<typeof import("node:v8")>("node:v8");
  Object.assign(globalThis, { structuredClone: <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T });
}
