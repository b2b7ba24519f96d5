import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../language";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  top: { display: "flex", justifyContent: "flex-end" },
});

/** Shown instead of the pane when office.js did not become ready in time. */
export function OfficeTimeout({ onRetry }: { onRetry(): void }) {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <div className={styles.top}>
        <LanguageSwitch />
      </div>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t("officeTimeoutTitle")}</MessageBarTitle>
          <div>{t("officeTimeoutBody")}</div>
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" onClick={onRetry}>
          {t("retry")}
        </Button>
      </div>
    </main>
  );
}
