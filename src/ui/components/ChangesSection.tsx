import { Subtitle2 } from "@fluentui/react-components";
import type { CalculationExtras } from "../../workbook/extras/extras";
import { displayTime } from "../../workbook/history/snapshot";
import { changeLines } from "../change-lines";
import { useInsightText } from "../insights-i18n";
import { CellLink } from "./CellLink";
import { useDetailStyles } from "./detail-styles";

/** The last calculations worth listing in a narrow pane; the Lịch sử tính điểm sheet keeps them all. */
export const HISTORY_DISPLAY_LIMIT = 5;

export interface ChangesSectionProps {
  extras: CalculationExtras | null;
  onSelectCell?: (sheet: string, cell: string) => void;
}

/**
 * After an amendment the officer's first question is what it did: the amended cells with their effect on
 * points and ranks, then the recent calculations. Nothing on the first calculation (nothing to compare).
 */
export function ChangesSection({ extras, onSelectCell }: ChangesSectionProps) {
  const { it, lang } = useInsightText();
  const styles = useDetailStyles();
  const comparison = extras?.comparison ?? null;
  if (!extras || !comparison) return null;
  const history = extras.snapshots.slice(-HISTORY_DISPLAY_LIMIT).reverse();
  return (
    <section aria-labelledby="ktd-changes-title" data-testid="changes">
      <Subtitle2 as="h2" id="ktd-changes-title" block>
        {it("changesTitle")}
      </Subtitle2>
      <span className={styles.muted}>{it("previousRunAt", { time: displayTime(comparison.previousTime) })}</span>
      <ul className={styles.bullets} data-testid="change-lines">
        {changeLines(comparison, lang).map((line, i) => (
          <li key={i}>
            {line.before}
            {line.place && (
              <CellLink
                sheet={line.place.sheet}
                cell={line.place.cell}
                label={it("selectCell", { place: `${line.place.sheet}!${line.place.cell}` })}
                onSelect={onSelectCell}
              />
            )}
            {line.after}
          </li>
        ))}
      </ul>
      {extras.historyWarning && <span className={styles.warn}>{extras.historyWarning[lang]}</span>}
      {history.length > 1 && (
        <div className={styles.part}>
          <h3 className={styles.heading}>{it("historyTitle")}</h3>
          <ul className={styles.bullets} data-testid="history">
            {history.map((s, i) => (
              <li key={`${s.time}-${i}`}>
                <span className={styles.strong}>{displayTime(s.time)}</span>
                {i === 0 ? ` (${it("historyCurrent")})` : ""}: {it("historyLine", { ranked: s.membersRanked, errors: s.errors, warnings: s.warnings })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
