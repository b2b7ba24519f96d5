import { makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  // The pane's own gap already separates it from the buttons above.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  // Fluent's Subtitle2 and Body1 type ramp, as plain elements: the Text components are not worth their
  // weight in the pane's first download.
  title: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  body: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export function EmptyState() {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="ktd-empty-title">
      <h2 id="ktd-empty-title" className={styles.title}>
        {t("emptyTitle")}
      </h2>
      <p className={styles.body}>{t("emptyBody")}</p>
    </section>
  );
}
