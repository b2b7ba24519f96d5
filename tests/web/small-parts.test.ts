import { downloadName } from "../../src/web/download-name";
import { formatFileSize } from "../../src/web/file-size";
import { observableStorage } from "../../src/web/observable-storage";
import { SAMPLE_FILE_NAME, SAMPLE_URL, fetchSample } from "../../src/web/sample";

describe("downloadName", () => {
  it.each([
    ["khoi-17.xlsx", "khoi-17-xep-hang.xlsx"],
    ["Báo cáo 2018.final.xlsx", "Báo cáo 2018.final-xep-hang.xlsx"],
    ["C:\\fakepath\\khoi.xlsx", "khoi-xep-hang.xlsx"],
    ["khoi", "khoi-xep-hang.xlsx"],
    [".xlsx", "ket-qua-xep-hang.xlsx"],
    ["khoi-17.xlsm", "khoi-17-xep-hang.xlsm"],
    ["KHOI.XLSM", "KHOI-xep-hang.xlsm"],
    ["khoi.xlsm.xlsx", "khoi.xlsm-xep-hang.xlsx"],
  ])("%s → %s", (input, expected) => {
    expect(downloadName(input)).toBe(expected);
  });

  it("takes the written copy's type over the name's: an .xlsm whose copy lost its macros is an .xlsx", () => {
    expect(downloadName("khoi.xlsm", "xlsx")).toBe("khoi-xep-hang.xlsx");
    expect(downloadName("khoi.xlsx", "xlsm")).toBe("khoi-xep-hang.xlsm");
  });
});

describe("formatFileSize", () => {
  it("writes sizes with the language's decimal separator", () => {
    expect(formatFileSize(512, "vi")).toBe("512 B");
    expect(formatFileSize(26446, "vi")).toBe("25,8 KB");
    expect(formatFileSize(26446, "en")).toBe("25.8 KB");
    expect(formatFileSize(3 * 1024 * 1024 + 100 * 1024, "vi")).toBe("3,1 MB");
  });
});

describe("observableStorage", () => {
  function memoryStorage(): Storage {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      key: (i) => [...map.keys()][i] ?? null,
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
      clear: () => map.clear(),
    };
  }

  it("writes through to the base storage and tells listeners", () => {
    const base = memoryStorage();
    const { storage, subscribe } = observableStorage(base);
    const listener = jest.fn();
    const unsubscribe = subscribe(listener);
    storage.setItem("ktd.lang", "en");
    expect(base.getItem("ktd.lang")).toBe("en");
    expect(storage.getItem("ktd.lang")).toBe("en");
    expect(listener).toHaveBeenCalledTimes(1);
    storage.removeItem("ktd.lang");
    expect(storage.getItem("ktd.lang")).toBeNull();
    expect(base.getItem("ktd.lang")).toBeNull();
    unsubscribe();
    storage.setItem("x", "1");
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("reads what the base already holds", () => {
    const base = memoryStorage();
    base.setItem("ktd.lang", "en");
    const { storage } = observableStorage(base);
    expect(storage.getItem("ktd.lang")).toBe("en");
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe("ktd.lang");
  });

  it("keeps working in memory when the browser blocks storage", () => {
    const blocked = memoryStorage();
    blocked.setItem = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    blocked.getItem = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    for (const base of [blocked, null]) {
      const { storage } = observableStorage(base);
      expect(storage.getItem("ktd.lang")).toBeNull();
      storage.setItem("ktd.lang", "en");
      expect(storage.getItem("ktd.lang")).toBe("en");
      storage.clear();
      expect(storage.getItem("ktd.lang")).toBeNull();
    }
  });
});

describe("fetchSample", () => {
  it("fetches the sample from the page's folder", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]).buffer;
    const fetcher = jest.fn(async () => new Response(bytes));
    const sample = await fetchSample(fetcher as unknown as typeof fetch);
    expect(fetcher).toHaveBeenCalledWith(SAMPLE_URL);
    expect(sample.name).toBe(SAMPLE_FILE_NAME);
    expect(new Uint8Array(await sample.arrayBuffer())).toEqual(new Uint8Array(bytes));
  });

  it("fails with the address and status when the sample is missing", async () => {
    const fetcher = async () => new Response("not found", { status: 404 });
    await expect(fetchSample(fetcher as unknown as typeof fetch)).rejects.toThrow(`${SAMPLE_URL}: HTTP 404`);
  });
});
