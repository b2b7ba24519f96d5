import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Issue } from "../../scoring/types";
import { whatItTakes } from "../../scoring/what-it-takes";
import type { Calculation } from "../../workbook/calculate";
import { chartData } from "../../workbook/meeting/chart-data";
import { usePaintedFor } from "../after-paint";
import { useLanguage } from "../language";
import type { MemberReveal } from "../member-reveal";
import { outcomeExtras } from "../outcome-extras";
import { rankChanges } from "../rank-change";
import type { RecalcState } from "../use-recalc";
import { BlockedNotice } from "./BlockedNotice";
import { ChangesSection } from "./ChangesSection";
import { EmptyState } from "./EmptyState";
import { ErrorState } from "./ErrorState";
import { OpenAwardsNotice } from "./OpenAwardsNotice";
import { ProblemList } from "./ProblemList";
import { RankingChart } from "./RankingChart";
import { RankingTable } from "./RankingTable";
import { WriteNotes } from "./WriteNotes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

interface RankingProps {
  calculation: Calculation;
  previous: Calculation | null;
  title: string;
  onSelectCell?: (sheet: string, cell: string) => void;
  reveal?: MemberReveal | null;
}

function Ranking({ calculation, previous, title, onSelectCell, reveal }: RankingProps) {
  const { result, input } = calculation;
  // Without the input (a host that does not carry it) the part is left out rather than guessed.
  const gaps = useMemo(() => (input ? whatItTakes(input, result) : undefined), [input, result]);
  return (
    <section aria-labelledby="ktd-ranking-title">
      <Subtitle2 as="h2" id="ktd-ranking-title" block>
        {title}
      </Subtitle2>
      <OpenAwardsNotice result={result} />
      <RankingTable
        units={result.units}
        sections={result.sections}
        changes={rankChanges(calculation, previous)}
        caption={title}
        issues={result.issues}
        gaps={gaps}
        onSelectCell={onSelectCell}
        reveal={reveal}
      />
    </section>
  );
}

/**
 * Drawn once the ranking above it has painted, twice (its first screenful, then the rest of its rows:
 * RankingTable): for hundreds of members its bars are as much to draw as the table, and measuring its
 * width would lay the whole page out before the ranking could be shown.
 */
function Chart({ calculation }: { calculation: Calculation }) {
  const rankingDrawn = usePaintedFor(calculation);
  const painted = usePaintedFor(rankingDrawn ? calculation : undefined);
  const data = useMemo(() => (painted ? chartData(calculation.result) : null), [calculation, painted]);
  return data && <RankingChart data={data} />;
}

export interface ResultsProps {
  state: RecalcState;
  onSelectProblem?: (issue: Issue) => void;
  /** Selects a cell named in the detail or the changes (Excel only). */
  onSelectCell?: (sheet: string, cell: string) => void;
  /** The member the officer selected on Xếp hạng: its detail opens in the current ranking (never in a kept one). */
  reveal?: MemberReveal | null;
}

/** What the last run produced: nothing yet, a ranking, a blocked run (errors, previous ranking kept) or a failure. */
export function Results({ state, onSelectProblem, onSelectCell, reveal }: ResultsProps) {
  const { t } = useLanguage();
  const styles = useStyles();
  const { last } = state;
  if (!last) return state.running ? null : <EmptyState />;
  const { outcome } = last;
  if (outcome.status === "failed" || !outcome.calculation) {
    return <ErrorState error={outcome.error} />;
  }
  const { result } = outcome.calculation;
  const extras = outcomeExtras(outcome);
  if (outcome.status === "blocked") {
    const errors = result.issues.filter((i) => i.severity === "error").length;
    return (
      <div className={styles.root}>
        <BlockedNotice errors={errors} />
        <WriteNotes notes={outcome.notes} />
        <ProblemList issues={result.issues} onSelect={onSelectProblem} />
        <ChangesSection extras={extras} onSelectCell={onSelectCell} />
        {state.lastRanked && (
          <Ranking calculation={state.lastRanked} previous={state.beforeLastRanked} title={t("previousKept")} onSelectCell={onSelectCell} />
        )}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <WriteNotes notes={outcome.notes} />
      <ChangesSection extras={extras} onSelectCell={onSelectCell} />
      <Ranking calculation={outcome.calculation} previous={state.beforeLastRanked} title={t("rankingCaption")} onSelectCell={onSelectCell} reveal={reveal} />
      <ProblemList issues={result.issues} onSelect={onSelectProblem} />
      <Chart calculation={outcome.calculation} />
    </div>
  );
}
