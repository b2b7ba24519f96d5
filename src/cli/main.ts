import { runBatch } from "./batch";
import { runCli } from "./run";

// npm runs scripts in the package folder; the paths the officer typed are relative to the folder they
// typed them in, which npm keeps in INIT_CWD.
const typedFrom = process.env.INIT_CWD;
if (typedFrom) {
  try {
    process.chdir(typedFrom);
  } catch {
    // A folder that vanished: paths are then taken from the package folder, as before.
  }
}

// `npm run rank -- x.xlsx | head`: the reader closing the pipe early is not a failure of the ranking
// (the files are already written); stop printing quietly instead of dying with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stream.destroy();
  });
}

/**
 * Entry point of `npm run rank` and, with "--batch" first (package.json's "batch" script, same bundle),
 * of `npm run batch`: the exit status is set, never forced, so output is flushed first.
 */
const argv = process.argv.slice(2);
const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  now: () => new Date(),
  // Only a terminal has a width to fit; a file or a pipe gets the whole table, which scripts rely on.
  width: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : null,
  terminal: process.stderr.isTTY === true,
};
void (argv[0] === "--batch" ? runBatch(argv.slice(1), io) : runCli(argv, io)).then((code) => {
  process.exitCode = code;
});
