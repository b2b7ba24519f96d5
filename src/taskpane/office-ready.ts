/** office.js is blocked by some firewalls; then Office.onReady never settles and the pane would stay blank. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export interface OfficeLike {
  onReady(): Promise<unknown>;
}

export type OfficeReadiness = "ready" | "timeout";

/** "timeout" also when office.js never loaded at all (no Office global). */
export function waitForOffice(office: OfficeLike | undefined, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeReadiness> {
  if (!office) return Promise.resolve("timeout");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    office.onReady().then(
      () => {
        clearTimeout(timer);
        resolve("ready");
      },
      () => {
        clearTimeout(timer);
        resolve("timeout");
      },
    );
  });
}
