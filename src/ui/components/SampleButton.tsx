import { Button } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { InsertSampleOutcome } from "../../workbook/host/host";
import { useLanguage } from "../language";
import { lazyWithPreload } from "../lazy-component";

// Only shown when input sheets exist: the dialog (and its focus trap and motion code) loads on demand.
const SampleConfirmDialog = lazyWithPreload(() => import(/* webpackChunkName: "sample-dialog" */ "./SampleConfirmDialog").then((m) => m.SampleConfirmDialog));

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
      {existing !== null && (
        <Suspense fallback={null}>
          <SampleConfirmDialog
            existing={existing}
            onOverwrite={() => {
              setExisting(null);
              void insert(true);
            }}
            onCancel={() => setExisting(null)}
          />
        </Suspense>
      )}
    </>
  );
}
