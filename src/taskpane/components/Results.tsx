import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../scoring/types";
import type { Calculation } from "../../workbook/calculate";
import { useLanguage } from "../language";
import { rankChanges } from "../rank-change";
import type { RecalcState } from "../use-recalc";
import { BlockedNotice } from "./BlockedNotice";
import { EmptyState } from "./EmptyState";
import { ErrorState } from "./ErrorState";
import { ProblemList } from "./ProblemList";
import { RankingTable } from "./RankingTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function Ranking({ calculation, previous, title }: { calculation: Calculation; previous: Calculation | null; title: string }) {
  const { result } = calculation;
  return (
    <section aria-labelledby="ktd-ranking-title">
      <Subtitle2 as="h2" id="ktd-ranking-title" block>
        {title}
      </Subtitle2>
      <RankingTable units={result.units} sections={result.sections} changes={rankChanges(calculation, previous)} caption={title} />
    </section>
  );
}

export interface ResultsProps {
  state: RecalcState;
  onSelectProblem?: (issue: Issue) => void;
}

/** What the last run produced: nothing yet, a ranking, a blocked run (errors, previous ranking kept) or a failure. */
export function Results({ state, onSelectProblem }: ResultsProps) {
  const { t } = useLanguage();
  const styles = useStyles();
  const { last } = state;
  if (!last) return state.running ? null : <EmptyState />;
  const { outcome } = last;
  if (outcome.status === "failed" || !outcome.calculation) {
    return <ErrorState error={outcome.error} />;
  }
  const { result } = outcome.calculation;
  if (outcome.status === "blocked") {
    const errors = result.issues.filter((i) => i.severity === "error").length;
    return (
      <div className={styles.root}>
        <BlockedNotice errors={errors} />
        <ProblemList issues={result.issues} onSelect={onSelectProblem} />
        {state.lastRanked && <Ranking calculation={state.lastRanked} previous={state.beforeLastRanked} title={t("previousKept")} />}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Ranking calculation={outcome.calculation} previous={state.beforeLastRanked} title={t("rankingCaption")} />
      <ProblemList issues={result.issues} onSelect={onSelectProblem} />
    </div>
  );
}
