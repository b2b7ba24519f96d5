import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLanguage } from "../language";

/** Errors block the ranking: the meeting must not see a ranking that silently leaves someone out. */
export function BlockedNotice({ errors }: { errors: number }) {
  const { t } = useLanguage();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("blockedTitle", { errors })}</MessageBarTitle>
        <div>{t("blockedBody")}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
