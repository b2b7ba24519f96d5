import { FluentProvider, Text, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { App } from "../ui/App";
import { readStoredLang } from "../ui/language";
import { chooseThemeKind, currentThemeEnvironment, type ThemeKind } from "../ui/theme";
import { useTheme } from "../ui/use-theme";
import { lazyWithPreload } from "../ui/lazy-component";
import { FilePanel } from "./components/FilePanel";
import { Footer } from "./components/Footer";
import { LockIcon } from "./components/icons";
import type { FileHost } from "./file-host";
import type { ObservableStorage } from "./observable-storage";
import { useBatch } from "./use-batch";
import { webTranslator } from "./web-text";

// A wide window gets a wide page (up to 1200 px, long names on one line); a narrow one its full width.
const COLUMN = { width: "100%", maxWidth: "1200px", marginInline: "auto", paddingInline: "16px", boxSizing: "border-box" } as const;

const NARROW = "@media (max-width: 480px)";

/** Only when several files are dropped at once: its tables stay out of the page's first download. */
const BatchSummary = lazyWithPreload(() => import(/* webpackChunkName: "batch-summary" */ "./components/BatchSummary").then((m) => m.BatchSummary));

const useStaticStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
});

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  banner: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, paddingBlock: tokens.spacingVerticalXL },
  bannerInner: { ...COLUMN, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  product: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  tagline: { margin: 0, opacity: 0.9 },
  privacy: {
    display: "inline-flex",
    alignSelf: "flex-start",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: "rgba(255, 255, 255, 0.16)",
    fontWeight: tokens.fontWeightSemibold,
  },
  main: {
    ...COLUMN,
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalXL,
    // A phone-narrow window: every pixel of margin goes to the members' names, as in the 320 px pane.
    [NARROW]: { paddingInline: "4px", paddingBlock: tokens.spacingVerticalS },
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalL,
    overflow: "hidden",
  },
  appCard: { padding: tokens.spacingHorizontalS, [NARROW]: { padding: 0 } },
  footer: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  footerInner: { ...COLUMN, paddingBlock: tokens.spacingVerticalXL },
});

export interface WebPageProps {
  host: FileHost;
  /** Shared with the App: its language switch writes here and the page follows. */
  storage: ObservableStorage;
  themeKind?: ThemeKind;
  now?: () => Date;
}

/**
 * The standalone page: a banner with the privacy promise, the file panel, the task pane's App working on
 * the dropped file, and how to do the same from the command line.
 */
export function WebPage({ host, storage, themeKind, now }: WebPageProps) {
  useStaticStyles();
  const styles = useStyles();
  // The same snapshots on the server: the page's static first screen is rendered at build time (first-screen.tsx).
  const storedLang = () => readStoredLang(storage.storage);
  const lang = useSyncExternalStore(storage.subscribe, storedLang, storedLang);
  // Subscribed for its changes only: each one draws the App again (FileHost.redraws).
  const redraws = () => host.redraws;
  useSyncExternalStore(host.subscribe, redraws, redraws);
  const t = useMemo(() => webTranslator(lang), [lang]);
  const [theme] = useState<ThemeKind>(() => themeKind ?? chooseThemeKind(currentThemeEnvironment()));
  const fluentTheme = useTheme(theme);
  // Each file the officer opens gets a fresh App: its "previous ranking" and rank changes belong to one
  // workbook, and must never show another file's ranking as this one's.
  const [generation, setGeneration] = useState(0);
  // Several files at once get the province summary instead of the App (use-batch.ts).
  const batch = useBatch(host, lang);
  const { open: openBatch, close: closeBatch } = batch;
  const openFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length > 1) {
        openBatch(files);
        return;
      }
      closeBatch();
      setGeneration((g) => g + 1);
      void host.open(files[0]);
    },
    [host, openBatch, closeBatch],
  );
  const dragging = usePageDrop(openFiles);

  useEffect(() => {
    document.title = t("productName");
  }, [t]);

  if (!fluentTheme) return null;
  return (
    <FluentProvider theme={fluentTheme}>
      <div className={styles.page}>
        <header className={styles.banner}>
          <div className={styles.bannerInner}>
            <p className={styles.product} data-testid="product-name">
              {t("productName")}
            </p>
            <p className={styles.tagline}>{t("tagline")}</p>
            <Text className={styles.privacy} data-testid="privacy">
              <LockIcon />
              {t("privacy")}
            </Text>
          </div>
        </header>
        <div className={styles.main}>
          <div className={styles.card}>
            <FilePanel host={host} t={t} lang={lang} dragging={dragging} onOpen={openFiles} showOpenFile={batch.view === null} />
          </div>
          <div className={`${styles.card} ${styles.appCard}`}>
            {batch.view === null ? (
              <App key={generation} host={host} storage={storage.storage} themeKind={theme} now={now} embedded />
            ) : (
              <Suspense fallback={null}>
                <BatchSummary view={batch.view} t={t} lang={lang} />
              </Suspense>
            )}
          </div>
        </div>
        <footer className={styles.footer}>
          <div className={styles.footerInner}>
            <Footer t={t} />
          </div>
        </footer>
      </div>
    </FluentProvider>
  );
}

/**
 * A file dropped anywhere on the page is opened (a drop that misses the box would otherwise make the
 * browser navigate away to the file). Returns whether a file is being dragged over the page.
 */
function usePageDrop(onOpen: (files: readonly File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) onOpen(files);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("dragover", onOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [onOpen]);
  return dragging;
}
