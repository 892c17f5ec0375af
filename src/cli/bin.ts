#!/usr/bin/env node
import { main, processIO } from "./main";

// The one place that reads the process's working folder: the CLI resolves every relative path against io.cwd.
main(process.argv.slice(2), processIO(process.cwd())).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(String((e as Error)?.stack ?? e) + "\n"); process.exitCode = 2; },
);
