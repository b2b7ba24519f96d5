import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useLanguage } from "../language";

export interface NoticeBarProps {
  intent: "success" | "warning";
  text: string;
  onClose(): void;
}

/** A dismissible one-line notice (sample inserted, a cell that could not be selected…). */
export function NoticeBar({ intent, text, onClose }: NoticeBarProps) {
  const { t } = useLanguage();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onClose}>
          {t("close")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
