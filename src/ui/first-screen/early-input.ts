/**
 * The first screen's own script, inlined in the page (first-screen/page-parts.ts) and run before the big
 * bundle: it puts the static first screen of the remembered language into #root, and keeps what the
 * officer does there until React has replaced it (first-screen/handoff.ts then does it again on the real
 * controls). So nothing pressed in those first moments is lost, and nothing runs before Office is ready:
 *
 * - the language button switches the static screen at once and remembers the choice, as the App would;
 * - any other button (Tính lại, Tạo mẫu) or switch is noted, shows its busy wording ("Đang tính…") and is
 *   pressed again on the real screen; a second press of the same control is the same request;
 * - a file picked or dropped is kept and handed to the real picker or drop handler;
 * - should the program be slow to come (a slow network) or fail to load (a script that cannot be fetched),
 *   the screen says so and what to do, rather than waiting silently with a button that seems pressed.
 *
 * Serialised with Function.prototype.toString, so everything it uses is inside it.
 */
export interface EarlyInputConfig {
  /** Which elements of #root are controls, counted in document order (CONTROLS). */
  controls: string;
  /** Where the App remembers the language (ui/language.tsx). */
  storageKey: string;
  /** The id of the <template> holding the first screen of each language. */
  templates: Record<string, string>;
  /** A control's words → its words while busy ("Tính lại" → "Đang tính…"), both languages. */
  busy: Record<string, string>;
  /** Buttons that open the file picker (the page's "Chọn tệp"), which the static screen opens itself. */
  picker?: string;
  /** Whether files dropped on the page are kept (the web page) or left to the browser (the task pane). */
  drops?: boolean;
  /** What to say when the program is slow to load or cannot be loaded, per language. */
  loading: LoadingNotices;
  /** How long the static screen waits for the program before saying it is slow. */
  slowAfterMs: number;
}

/** The static screen's notices, per language ("vi", "en"). */
export type LoadingNotices = Record<string, { slow: string; failed: string }>;

/** The attribute of the notice's element on the static screen (written out in startFirstScreen too, which is serialised alone). */
export const NOTICE = "data-first-screen-notice";

/** What the officer did on the static screen: control positions (buttons and inputs of #root, in order). */
export interface EarlyInput {
  presses: number[];
  /** Files picked in the file input at that position. */
  picked: { index: number; files: File[] } | null;
  dropped: File[] | null;
  /** The control that had the keyboard focus, so the real screen gives it back. */
  focused: number;
  /** Set once the real screen took over: from then on the static screen's handlers do nothing. */
  taken: boolean;
}

export interface EarlyWindow {
  __ktdEarly?: EarlyInput;
  __ktdLegacy?: boolean;
}

/** The controls the static screen and the real one are compared by: same markup, so same order. */
export const CONTROLS = "button, input";

export function startFirstScreen(win: Window & EarlyWindow, doc: Document, config: EarlyInputConfig): void {
  const root = doc.getElementById("root");
  // The legacy-webview message replaces the pane (taskpane.html); the web page has no such check.
  if (!root || win.__ktdLegacy) return;
  const early: EarlyInput = { presses: [], picked: null, dropped: null, focused: -1, taken: false };
  win.__ktdEarly = early;

  const storedLang = (): string => {
    try {
      return win.localStorage.getItem(config.storageKey) === "en" ? "en" : "vi";
    } catch {
      return "vi";
    }
  };
  let notice: "slow" | "failed" | null = null;
  const showNotice = () => {
    const screen = root.querySelector("[data-first-screen]");
    const text = notice && config.loading[doc.documentElement.lang]?.[notice];
    if (early.taken || !screen || !text) return;
    const attribute = "data-first-screen-notice";
    let box = screen.querySelector(`[${attribute}]`);
    if (!box) {
      box = doc.createElement("div");
      box.setAttribute(attribute, "");
      box.setAttribute("role", "alert");
      // Inside Fluent's provider, so its colours follow the theme (dark, high contrast) as the pane's own notes do.
      const provider = screen.querySelector(".fui-FluentProvider") ?? screen;
      provider.insertBefore(box, provider.firstChild);
    }
    box.setAttribute("data-kind", notice as string);
    box.textContent = text;
    if (notice !== "failed") return;
    // Nothing pressed now could ever run: the controls look unavailable (the language switch still works).
    const all = screen.querySelectorAll(config.controls);
    for (let i = 0; i < all.length; i++) {
      if (all[i].hasAttribute("lang")) continue;
      all[i].setAttribute("aria-disabled", "true");
      all[i].setAttribute("data-early-pressed", "");
    }
  };
  const show = (lang: string) => {
    const template = doc.getElementById(config.templates[lang]) as HTMLTemplateElement | null;
    if (!template) return;
    root.replaceChildren(template.content.cloneNode(true));
    doc.documentElement.lang = lang;
    showNotice();
  };
  show(storedLang());

  win.setTimeout(() => {
    if (notice === null) notice = "slow";
    showNotice();
  }, config.slowAfterMs);
  // A script that cannot be fetched fires "error" on its element, which does not bubble: caught on the way down.
  win.addEventListener(
    "error",
    (event) => {
      const target = event.target as Element | null;
      if (!target || target.tagName !== "SCRIPT") return;
      notice = "failed";
      showNotice();
    },
    true,
  );

  // Only the static screen's own elements: once React has replaced them, its handlers answer.
  const shell = () => (early.taken ? null : root.querySelector("[data-first-screen]"));
  const onShell = (node: Node | null) => node !== null && shell()?.contains(node) === true;
  const controls = () => Array.prototype.slice.call(root.querySelectorAll(config.controls)) as Element[];
  const hasFiles = (event: DragEvent) => Array.prototype.indexOf.call(event.dataTransfer?.types ?? [], "Files") >= 0;

  doc.addEventListener(
    "click",
    (event) => {
      const target = event.target as Element | null;
      const control = target && typeof target.closest === "function" ? target.closest(config.controls) : null;
      if (!control || !onShell(control)) return;
      if (control.matches('input[type="file"]')) return;
      event.preventDefault();
      if (control.hasAttribute("lang")) {
        // The language button names the other language in that language (LanguageSwitch).
        const next = control.getAttribute("lang") ?? "vi";
        try {
          win.localStorage.setItem(config.storageKey, next);
        } catch {
          // Not remembered (private mode): the real screen starts in Vietnamese, as it would have.
        }
        show(next);
        return;
      }
      // Already pressed, or unavailable since the program could not be loaded.
      if (control.getAttribute("aria-disabled") === "true") return;
      if (config.picker && control.matches(config.picker)) {
        (root.querySelector('input[type="file"]') as HTMLInputElement | null)?.click();
        return;
      }
      const index = controls().indexOf(control);
      if (early.presses.indexOf(index) >= 0) return;
      early.presses.push(index);
      const busy = config.busy[(control.textContent ?? "").trim()];
      if (busy) control.textContent = busy;
      control.setAttribute("aria-disabled", "true");
      control.setAttribute("data-early-pressed", "");
    },
    true,
  );

  doc.addEventListener(
    "change",
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (!input || !onShell(input) || input.type !== "file") return;
      const files = Array.prototype.slice.call(input.files ?? []) as File[];
      if (files.length > 0) early.picked = { index: controls().indexOf(input), files };
    },
    true,
  );

  if (config.drops) {
    // Without these the browser would open the dropped file in place of the page.
    win.addEventListener("dragover", (event) => {
      if (!shell() || !hasFiles(event)) return;
      event.preventDefault();
    });
    win.addEventListener("drop", (event) => {
      if (!shell() || !hasFiles(event)) return;
      event.preventDefault();
      const files = Array.prototype.slice.call(event.dataTransfer?.files ?? []) as File[];
      if (files.length > 0) early.dropped = files;
    });
  }

  win.addEventListener(
    "focusin",
    () => {
      if (onShell(doc.activeElement)) early.focused = controls().indexOf(doc.activeElement as Element);
    },
    true,
  );
}
