import { runCli } from "./run";

/** Entry point of `npm run rank`: the exit status is set, never forced, so output is flushed first. */
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
