#!/usr/bin/env node
import { boundedExecArgv, runInChild, watchParent } from "./heap";

const argv = process.argv.slice(2);
const done = (code: number) => { process.exitCode = code; };
const crashed = (e: unknown) => { process.stderr.write(String((e as Error)?.stack ?? e) + "\n"); process.exitCode = 2; };

/** The CLI in this process (loaded only here: the process that starts it again stays light). */
const runHere = () => {
  const { main, processIO } = require("./main") as typeof import("./main");
  // The one place that reads the process's working folder: the CLI resolves every relative path against io.cwd.
  main(argv, processIO(process.cwd())).then(done, crashed);
};

// `audit`, `check` and `pipeline` run in a child Node started with a bounded heap growth (see heap.ts); if no
// child can be started (no process left, ...), here, with the heap as it is.
watchParent();
const execArgv = boundedExecArgv(argv, process.execArgv);
if (execArgv) runInChild(process.argv[1]!, argv, execArgv).then(done, runHere);
else runHere();
