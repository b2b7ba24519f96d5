import { createExcelHost } from "../excel/recalculate";
import { recalculateFromRibbon, type CommandEvent } from "./recalculate-command";

/** Ribbon commands run in commands.html, without the task pane: they work when the pane is closed. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

Office.onReady(() => {
  const host = createExcelHost({ activateResult: true });
  Office.actions.associate("recalculate", (event: CommandEvent) => recalculateFromRibbon(event, host, storage()));
});
