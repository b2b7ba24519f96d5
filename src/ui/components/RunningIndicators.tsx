import { ProgressBar, Spinner } from "@fluentui/react-components";
import type { Phase } from "../../workbook/host/host";

/** Rough share of the work done when each phase starts: reading the workbook is the slow part in Excel. */
const PHASE_PROGRESS: Record<Phase, number> = { reading: 0.1, scoring: 0.6, writing: 0.75, done: 1 };

export interface RunningIndicatorsProps {
  /** The bar above the status line, or the spinner inside it. */
  part: "bar" | "spinner";
  phase: Phase | null;
  label: string;
}

/** What the status bar shows while a calculation runs (see StatusBar, which loads this chunk). */
export function RunningIndicators({ part, phase, label }: RunningIndicatorsProps) {
  if (part === "spinner") return <Spinner size="extra-tiny" aria-hidden />;
  return <ProgressBar aria-label={label} value={phase ? PHASE_PROGRESS[phase] : undefined} thickness="large" />;
}
