import type { MemberGap } from "../../scoring/what-it-takes";
import { useInsightText } from "../insights-i18n";
import { useDetailStyles } from "./detail-styles";

export interface WhatItTakesProps {
  /** null when there is nothing to work out: blocked ranking, unranked member, or no input carried. */
  gap: MemberGap | null;
  blocked: boolean;
  ranked: boolean;
}

/** Points to pass the member above, to reach the next grade band, and per target the actual needed. */
export function WhatItTakes({ gap, blocked, ranked }: WhatItTakesProps) {
  const { it, lang, w } = useInsightText();
  const styles = useDetailStyles();
  const fallback = blocked ? it("whatItTakesBlocked") : !ranked ? it("whatItTakesUnranked") : null;
  if (!gap && !fallback) return null;
  return (
    <section className={styles.part} data-testid="what-it-takes">
      <h3 className={styles.heading}>{w.whatItTakes}</h3>
      {gap ? (
        <ul className={styles.bullets}>
          {gap.lines.map((line, i) => (
            <li key={i}>{line[lang]}</li>
          ))}
        </ul>
      ) : (
        <span className={styles.muted}>{fallback}</span>
      )}
    </section>
  );
}
