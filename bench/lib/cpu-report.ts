/**
 * Preloaded into a CLI child (`node --require …/cpu-report.js dist/src/cli/bin.js …`, forked with an
 * IPC channel): when the command has finished, sends the parent the process's CPU seconds (user +
 * system, from its start: module loading included) and its peak RSS, so a bench can measure a command
 * exactly as a person runs it.
 */
let sent = false;
process.on("beforeExit", () => {
  if (sent || !process.send) return;
  sent = true;
  const c = process.cpuUsage();
  process.send({ cpu: (c.user + c.system) / 1e6, rssMiB: process.resourceUsage().maxRSS / 1024 }, () => process.disconnect?.());
});
