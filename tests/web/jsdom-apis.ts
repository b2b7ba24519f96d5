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
