import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense } from "react";
import type { Phase } from "../../workbook/host/host";
import type { PaneKey } from "../pane-language";
import { useLanguage } from "../language";
import { lazyWithPreload } from "../lazy-component";

/**
 * The progress bar and spinner show only while a calculation runs: their code (about 4 KB gzip) is a chunk of
 * its own, preloaded after the first paint (App), so the pane's first download stays small.
 */
export const RunningIndicators = lazyWithPreload(() => import(/* webpackChunkName: "running" */ "./RunningIndicators").then((m) => m.RunningIndicators));

const PHASE_TEXT: Record<Phase, PaneKey> = {
  reading: "phaseReading",
  scoring: "phaseScoring",
  writing: "phaseWriting",
  done: "phaseDone",
};

/** How the summary joins its parts ("10 đơn vị xếp hạng · 0 lỗi · …"). */
export const SUMMARY_SEPARATOR = " · ";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Room for the line once there is something to say; before the first run the pane does not open a gap.
  filled: { minHeight: "1.5em" },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  // "0,1 giây" and "Tính lúc 20:06" wrap as wholes in a 320 px pane, never as "0,1" / "giây".
  part: { whiteSpace: "nowrap" },
});

export interface StatusBarProps {
  running: boolean;
  phase: Phase | null;
  /** Text announced when idle (the summary of the last run), "" for nothing. */
  idleText: string;
}

/** Always mounted, so screen readers announce each phase and the final summary through the live region. */
export function StatusBar({ running, phase, idleText }: StatusBarProps) {
  const { t } = useLanguage();
  const styles = useStyles();
  const text = running ? t(phase ? PHASE_TEXT[phase] : "phaseStarting") : idleText;
  const parts = text.split(SUMMARY_SEPARATOR);
  const partClass = parts.length > 1 ? styles.part : undefined;
  return (
    <div className={text ? `${styles.root} ${styles.filled}` : styles.root}>
      <Suspense fallback={null}>{running && <RunningIndicators part="bar" phase={phase} label={t("progressLabel")} />}</Suspense>
      <div className={styles.line} role="status" aria-live="polite" data-testid="status">
        <Suspense fallback={null}>{running && <RunningIndicators part="spinner" phase={phase} label={t("progressLabel")} />}</Suspense>
        <span>
          {parts.map((part, i) => (
            <span key={i}>
              {i > 0 && SUMMARY_SEPARATOR}
              <span className={partClass}>{part}</span>
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}
