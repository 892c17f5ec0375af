#!/usr/bin/env node
import { boundedExecArgv, runInChild } from "./heap";

const argv = process.argv.slice(2);
const done = (code: number) => { process.exitCode = code; };
const crashed = (e: unknown) => { process.stderr.write(String((e as Error)?.stack ?? e) + "\n"); process.exitCode = 2; };

// `audit` and `check` run in a child Node started with a bounded heap growth (see heap.ts).
const execArgv = boundedExecArgv(argv, process.execArgv);
if (execArgv) runInChild(process.argv[1]!, argv, execArgv).then(done, crashed);
else {
  // loaded only here: the process that restarts the CLI stays light
  // The one place that reads the process's working folder: the CLI resolves every relative path against io.cwd.
  const { main, processIO } = require("./main") as typeof import("./main");
  main(argv, processIO(process.cwd())).then(done, crashed);
}
