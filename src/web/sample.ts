import type { WorkbookSource } from "./file-host";

/** The committed sample workbook, copied beside the page by webpack.web.config.js. */
export const SAMPLE_FILE_NAME = "khoi-17-kien-giang-2018.xlsx";
export const SAMPLE_URL = `samples/${SAMPLE_FILE_NAME}`;

/** Fetches the sample from the page's own folder (the CSP allows no other origin). */
export async function fetchSample(fetcher: typeof fetch = fetch): Promise<WorkbookSource> {
  const response = await fetcher(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  return { name: SAMPLE_FILE_NAME, arrayBuffer: async () => bytes };
}
