import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { InsertSampleOutcome } from "../../workbook/host";
import { useLanguage } from "../language";

export interface SampleButtonProps {
  insertSample(options: { overwrite: boolean }): Promise<InsertSampleOutcome>;
  onInserted(): void;
  onFailed(detail: string): void;
}

/**
 * Inserts the Khối 17 sample. Never overwrites silently: when input sheets exist the officer confirms
 * first, because their own data on those sheets would be replaced.
 */
export function SampleButton({ insertSample, onInserted, onFailed }: SampleButtonProps) {
  const { t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<string[] | null>(null);

  const insert = async (overwrite: boolean) => {
    setBusy(true);
    try {
      const outcome = await insertSample({ overwrite });
      if (outcome.status === "exists") setExisting(outcome.existing);
      else onInserted();
    } catch (error) {
      onFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button appearance="secondary" disabledFocusable={busy} title={t("sampleHint")} onClick={() => void insert(false)}>
        {busy ? t("sampleRunning") : t("sample")}
      </Button>
      <Dialog open={existing !== null} modalType="alert" onOpenChange={(_, data) => !data.open && setExisting(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("sampleConfirmTitle")}</DialogTitle>
            <DialogContent>{t("sampleConfirmBody", { sheets: (existing ?? []).join(", ") })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setExisting(null);
                  void insert(true);
                }}
              >
                {t("sampleOverwrite")}
              </Button>
              <Button appearance="secondary" onClick={() => setExisting(null)}>
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
