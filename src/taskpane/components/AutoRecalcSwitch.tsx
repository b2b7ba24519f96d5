import { Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: tokens.spacingHorizontalS },
});

export interface AutoRecalcSwitchProps {
  supported: boolean;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function AutoRecalcSwitch({ supported, checked, onChange }: AutoRecalcSwitchProps) {
  const { t } = useLanguage();
  const styles = useStyles();
  const hintId = useId();
  return (
    <div>
      <Switch
        label={t("autoRecalc")}
        checked={supported && checked}
        disabled={!supported}
        aria-describedby={hintId}
        onChange={(_, data) => onChange(data.checked)}
      />
      <div id={hintId} className={styles.hint}>
        {supported ? t("autoRecalcHint") : t("autoRecalcUnsupported")}
      </div>
    </div>
  );
}
