import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  // The pane's own gap already separates it from the buttons above.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
});

export function EmptyState() {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="ktd-empty-title">
      <Subtitle2 as="h2" id="ktd-empty-title">
        {t("emptyTitle")}
      </Subtitle2>
      <Text>{t("emptyBody")}</Text>
    </section>
  );
}
