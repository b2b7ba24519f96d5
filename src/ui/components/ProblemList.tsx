import { Badge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../scoring/types";
import { useInsightText } from "../insights-i18n";
import { useLanguage } from "../language";
import { issuePlace, sortProblems } from "../problems";
import { blockButton, focusRing } from "./detail-styles";

/** Hundreds of rows make the pane sluggish and nobody reads them there: the Kiểm tra sheet has them all. */
export const PROBLEM_DISPLAY_LIMIT = 100;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    ...blockButton,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...focusRing,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXXS },
  place: { fontWeight: tokens.fontWeightSemibold },
  more: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface ProblemListProps {
  issues: readonly Issue[];
  /** Absent when the host cannot select cells (a file, not Excel): items are then plain text. */
  onSelect?: (issue: Issue) => void;
}

export function ProblemList({ issues, onSelect }: ProblemListProps) {
  const { t, lang } = useLanguage();
  const { w } = useInsightText();
  const styles = useStyles();
  const sorted = sortProblems(issues);
  const shown = sorted.slice(0, PROBLEM_DISPLAY_LIMIT);
  return (
    <section aria-labelledby="ktd-problems-title">
      <Subtitle2 as="h2" id="ktd-problems-title" block>
        {t("problemsTitle", { n: issues.length })}
      </Subtitle2>
      {issues.length === 0 ? (
        <p>{t("problemsNone")}</p>
      ) : (
        <ul className={styles.list} data-testid="problem-list">
          {shown.map((issue, index) => {
            const place = issuePlace(issue);
            const message = issue.message[lang];
            const severity = w.severity[issue.severity];
            const body = (
              <>
                <span className={styles.head}>
                  <Badge size="small" appearance={issue.severity === "error" ? "filled" : "tint"} color={issue.severity === "error" ? "danger" : "warning"}>
                    {severity}
                  </Badge>
                  <span className={styles.place}>{place}</span>
                </span>
                <span>{message}</span>
              </>
            );
            return (
              <li key={index}>
                {onSelect && issue.cell ? (
                  <button type="button" className={`${styles.item} ${styles.clickable}`} aria-label={t("problemSelect", { severity, place, message })} onClick={() => onSelect(issue)}>
                    {body}
                  </button>
                ) : (
                  <div className={styles.item}>{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sorted.length > shown.length && <p className={styles.more}>{t("problemsMore", { n: sorted.length - shown.length })}</p>}
    </section>
  );
}
