import { Button, FluentProvider, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Issue } from "../scoring/types";
import type { CalculationHost, InputChange } from "../workbook/host/host";
import { AutoRecalcSwitch } from "./components/AutoRecalcSwitch";
import { EmptyState } from "./components/EmptyState";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { SampleButton } from "./components/SampleButton";
import { RunningIndicators, StatusBar } from "./components/StatusBar";
import { LanguageProvider, defaultStorage, useLanguage } from "./language";
import { lazyWithPreload } from "./lazy-component";
import type { MemberReveal } from "./member-reveal";
import { issuePlace } from "./problems";
import { prepareTimeFormat, summaryText } from "./summary";
import { chooseThemeKind, currentThemeEnvironment, type ThemeKind } from "./theme";
import { useAutoRecalc } from "./use-auto-recalc";
import { useMemberSelection } from "./use-member-selection";
import { useRecalc } from "./use-recalc";
import { useTheme } from "./use-theme";

const useStaticStyles = makeStaticStyles({
  ".ktd-visually-hidden": {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

const useStyles = makeStyles({
  // On an inner element, not the provider: Fluent copies the provider's classes to portal mount nodes
  // (tooltips, dialogs), and a full-height portal node would cover the pane and swallow clicks.
  page: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  // Excel's pane: the background reaches the bottom however short the content. Not when embedded in a page.
  fullHeight: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // Fluent's Subtitle1 type ramp on a plain h1 (the Text components stay out of the first download).
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/*
 * Everything shown only after a calculation or an action (ranking, detail, chart, changes, notices) is a
 * separate chunk, preloaded once the pane has painted: the first download stays small (under 150 KB gzip),
 * and by the time a calculation ends the views are there, so nothing flashes.
 */
const Results = lazyWithPreload(() => import(/* webpackChunkName: "results" */ "./components/Results").then((m) => m.Results));
const NoticeBar = lazyWithPreload(() => import(/* webpackChunkName: "results" */ "./components/NoticeBar").then((m) => m.NoticeBar));

type Notice = { kind: "sampleInserted" } | { kind: "sampleFailed"; detail: string } | { kind: "selectFailed"; place: string };

export interface AppProps {
  /** The workbook port; a factory is called once (lets the entry defer creating the Excel adapter). */
  host: CalculationHost | (() => CalculationHost);
  /** Where the language choice is remembered; defaults to localStorage. */
  storage?: Storage | null;
  /** Forces a theme (tests, screenshots); otherwise chosen from Office and the browser. */
  themeKind?: ThemeKind;
  now?: () => Date;
  /** Inside another page (the standalone web page's card): as tall as its content, not the whole window. */
  embedded?: boolean;
}

export function App({ host, storage, themeKind, now, embedded = false }: AppProps) {
  const [resolvedHost] = useState(() => (typeof host === "function" ? host() : host));
  const [theme] = useState<ThemeKind>(() => themeKind ?? chooseThemeKind(currentThemeEnvironment()));
  const [resolvedStorage] = useState(() => (storage === undefined ? defaultStorage() : storage));
  const styles = useStyles();
  const fluentTheme = useTheme(theme);
  if (!fluentTheme) return null;
  return (
    <LanguageProvider storage={resolvedStorage} hostKind={resolvedHost.kind}>
      <FluentProvider theme={fluentTheme} data-theme={theme}>
        <div className={embedded ? styles.page : `${styles.page} ${styles.fullHeight}`} data-testid="app-page">
          <Pane host={resolvedHost} now={now} />
        </div>
      </FluentProvider>
    </LanguageProvider>
  );
}

function Pane({ host, now }: { host: CalculationHost; now?: () => Date }) {
  useStaticStyles();
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const { state, recalcNow, requestAuto } = useRecalc(host, lang, now);
  const autoSupported = Boolean(host.changes?.supported);
  const [autoOn, setAutoOn] = useState(true);
  const [notice, setNotice] = useState<Notice | null>(null);
  const onInputChanged = useCallback((change?: InputChange) => (change?.immediate ? recalcNow() : requestAuto()), [recalcNow, requestAuto]);
  useAutoRecalc(host.changes, autoOn, onInputChanged);
  const [reveal, setReveal] = useState<MemberReveal | null>(null);
  // The sheet's rows are the pane's ranking only once this session ranked and while no run is replacing them.
  const current = useRef(false);
  current.current = !state.running && state.last?.outcome.status === "ranked";
  const onMember = useCallback((code: string) => {
    if (current.current) setReveal({ code });
  }, []);
  useMemberSelection(host.selection, state.lastRanked !== null, onMember);
  useEffect(() => {
    // A request from before a run is about the old sheet: it must not reopen when the new ranking mounts.
    if (state.running) setReveal(null);
  }, [state.running]);
  useEffect(() => {
    // While the host calculates: the summary's first time format is then ready when the ranking comes.
    if (state.running) prepareTimeFormat(t("locale"));
  }, [state.running, t]);
  // A file opened in the browser never changes under the page: opening another one is the only change,
  // and it is always calculated, so a switch to turn that off would only confuse.
  const showAutoSwitch = host.kind !== "file";

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    // A failed download is retried when the view is first needed; nothing to report here.
    Results.preload().catch(() => undefined);
    NoticeBar.preload().catch(() => undefined);
    RunningIndicators.preload().catch(() => undefined);
  }, []);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      host.selectCell?.(sheet, cell).catch(() => setNotice({ kind: "selectFailed", place: cell ? `${sheet}!${cell}` : sheet }));
    },
    [host],
  );

  const selectProblem = useCallback(
    (issue: Issue) => {
      host.selectCell?.(issue.sheet, issue.cell).catch(() => setNotice({ kind: "selectFailed", place: issuePlace(issue) }));
    },
    [host],
  );

  const noticeText =
    notice?.kind === "sampleInserted"
      ? t("sampleInserted")
      : notice?.kind === "sampleFailed"
        ? t("sampleFailed", { detail: notice.detail })
        : notice?.kind === "selectFailed"
          ? t("selectFailed", { place: notice.place })
          : "";

  return (
    <main className={styles.root} aria-labelledby="ktd-title">
      <header className={styles.header}>
        <h1 id="ktd-title" className={styles.title}>
          {t("appTitle")}
        </h1>
        <LanguageSwitch />
      </header>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={state.running} title={t("recalcHint")} onClick={recalcNow}>
          {state.running ? t("recalcRunning") : t("recalc")}
        </Button>
        {host.insertSample && (
          <SampleButton
            insertSample={(options) => host.insertSample!(options)}
            onInserted={() => {
              setNotice({ kind: "sampleInserted" });
              recalcNow();
            }}
            onFailed={(detail) => setNotice({ kind: "sampleFailed", detail })}
          />
        )}
      </div>
      {showAutoSwitch && <AutoRecalcSwitch supported={autoSupported} checked={autoOn} onChange={setAutoOn} />}
      <StatusBar running={state.running} phase={state.phase} idleText={summaryText(state.last, t, lang)} />
      {notice && (
        <Suspense fallback={null}>
          <NoticeBar intent={notice.kind === "sampleInserted" ? "success" : "warning"} text={noticeText} onClose={() => setNotice(null)} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        {state.last ? (
          <Results
            state={state}
            reveal={reveal}
            onSelectProblem={host.selectCell ? selectProblem : undefined}
            onSelectCell={host.selectCell ? selectCell : undefined}
          />
        ) : (
          !state.running && <EmptyState />
        )}
      </Suspense>
    </main>
  );
}
