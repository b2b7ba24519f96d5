import { ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Phase } from "../../workbook/host";
import type { MessageKey } from "../i18n";
import { useLanguage } from "../language";

const PHASE_TEXT: Record<Phase, MessageKey> = {
  reading: "phaseReading",
  scoring: "phaseScoring",
  writing: "phaseWriting",
  done: "phaseDone",
};

/** Rough share of the work done when each phase starts: reading the workbook is the slow part in Excel. */
const PHASE_PROGRESS: Record<Phase, number> = { reading: 0.1, scoring: 0.6, writing: 0.75, done: 1 };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minHeight: "1.5em" },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
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
  return (
    <div className={styles.root}>
      {running && (
        <ProgressBar
          aria-label={t("progressLabel")}
          value={phase ? PHASE_PROGRESS[phase] : undefined}
          thickness="large"
        />
      )}
      <div className={styles.line} role="status" aria-live="polite" data-testid="status">
        {running && <Spinner size="extra-tiny" aria-hidden />}
        <span>{text}</span>
      </div>
    </div>
  );
}
