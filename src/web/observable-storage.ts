/**
 * A Storage that tells its listeners about every write. The App keeps its language in its own provider
 * and only writes the choice to the storage it is given; the page around it (drop zone, footer) follows
 * the App's language switch by listening here. Writes are also kept in memory, so the page and the App
 * agree even when localStorage is blocked (private mode, file share policies).
 */
export interface ObservableStorage {
  storage: Storage;
  subscribe(listener: () => void): () => void;
}

export function observableStorage(base: Storage | null): ObservableStorage {
  const memory = new Map<string, string | null>();
  const listeners = new Set<() => void>();
  const quietly = (action: (s: Storage) => void) => {
    try {
      if (base) action(base);
    } catch {
      // The in-memory copy still serves this page; only remembering across visits is lost.
    }
  };
  const baseKeys = (): string[] => {
    const keys: string[] = [];
    quietly((s) => {
      for (let i = 0; i < s.length; i++) keys.push(s.key(i) ?? "");
    });
    return keys;
  };
  const keys = () => [...new Set([...baseKeys(), ...memory.keys()])].filter((k) => storage.getItem(k) !== null);
  const write = (action: () => void) => {
    action();
    listeners.forEach((listener) => listener());
  };
  const storage: Storage = {
    get length() {
      return keys().length;
    },
    key: (index) => keys()[index] ?? null,
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      let value: string | null = null;
      quietly((s) => {
        value = s.getItem(key);
      });
      return value;
    },
    setItem: (key, value) =>
      write(() => {
        memory.set(key, String(value));
        quietly((s) => s.setItem(key, String(value)));
      }),
    removeItem: (key) =>
      write(() => {
        memory.set(key, null);
        quietly((s) => s.removeItem(key));
      }),
    clear: () =>
      write(() => {
        for (const key of keys()) memory.set(key, null);
        quietly((s) => s.clear());
      }),
  };
  return {
    storage,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
