import { Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  // Flush with the buttons above: Fluent indents the track by its own margin, which left the switch and
  // its hint hanging off the pane's left edge.
  indicator: { marginLeft: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
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
        indicator={{ className: styles.indicator }}
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
