import { Spinner } from "@fluentui/react-components";

/** The download button's icon while the copy is written: in the App's "running" chunk, out of the first download. */
export function PreparingSpinner() {
  return <Spinner size="tiny" />;
}
