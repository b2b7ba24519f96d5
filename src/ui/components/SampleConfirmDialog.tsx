import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useLanguage } from "../language";

export interface SampleConfirmDialogProps {
  /** Input sheets that would be replaced. */
  existing: string[];
  onOverwrite(): void;
  onCancel(): void;
}

export function SampleConfirmDialog({ existing, onOverwrite, onCancel }: SampleConfirmDialogProps) {
  const { t } = useLanguage();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("sampleConfirmTitle")}</DialogTitle>
          <DialogContent>{t("sampleConfirmBody", { sheets: existing.join(", ") })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onOverwrite}>
              {t("sampleOverwrite")}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
