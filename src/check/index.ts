/**
 * The checks' public face: the registry (./registry.ts, THE sorted list of checks), the check
 * interface (./types.ts) and the runner (./run.ts). The runner imports the registry, never this
 * file, so there is no import cycle.
 */
export * from "./registry";
export * from "./types";
export { runChecks, pairChecker, type PairToCheck, type Finding, type CheckConfig, type CheckRun, type SpanText } from "./run";
