import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Localized } from "../../scoring/types";
import { useLanguage } from "../language";

/** The program itself failed (not the officer's data): say what happened and what to do next. */
export function ErrorState({ error }: { error: Localized | null }) {
  const { lang, t } = useLanguage();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("failedTitle")}</MessageBarTitle>
        {error ? <div>{error[lang]}</div> : null}
        <div>{t("failedWhatToDo")}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
