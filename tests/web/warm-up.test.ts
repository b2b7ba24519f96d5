import { readFileSync } from "node:fs";
import { SAMPLE_URL } from "../../src/web/sample";
import { warmUp } from "../../src/web/ranking/warm-up";
import { SAMPLE_PATH } from "./helpers";

/** A fetch that serves the bundled sample at its URL, counting requests. */
function sampleFetcher(): { fetcher: typeof fetch; requests: string[] } {
  const requests: string[] = [];
  const bytes = readFileSync(SAMPLE_PATH);
  const fetcher = (async (url: string) => {
    requests.push(url);
    return new Response(bytes);
  }) as unknown as typeof fetch;
  return { fetcher, requests };
}

describe("warming the ranking worker up", () => {
  it("ranks the bundled sample (fetched once) the given number of rounds while no file has come", async () => {
    const { fetcher, requests } = sampleFetcher();
    await expect(warmUp(() => false, fetcher, 2)).resolves.toBe(2);
    expect(requests).toEqual([SAMPLE_URL]);
  });

  it("stops at the next step once a file has come", async () => {
    const { fetcher } = sampleFetcher();
    let fileCame = false;
    const done = warmUp(() => fileCame, fetcher, 5);
    fileCame = true;
    await expect(done).resolves.toBe(0);
    let steps = 0;
    // A file in the middle of the second round: that round is not finished.
    await expect(warmUp(() => ++steps > 4, fetcher, 5)).resolves.toBe(1);
  });

  it("leaves the worker cold, without an error, when the sample cannot be fetched", async () => {
    const refused = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    await expect(warmUp(() => false, refused)).resolves.toBe(0);
    const missing = (async () => new Response("", { status: 404 })) as unknown as typeof fetch;
    await expect(warmUp(() => false, missing)).resolves.toBe(0);
  });
});
