/**
 * The corpus-wide glossary audit (`selaras audit`): one check run over every rendering in the
 * database (or a pairs file), summarised per concept by src/check/audit.ts.
 */
import { buildAudit, type AuditOptions, type AuditReport } from "../check/audit";
import type { CheckConfig } from "../check";
import type { Store } from "../store";
import { checkDatabase, checkPairsFile, type CheckReport } from "./check";

export interface AuditResult {
  readonly audit: AuditReport;
  readonly check: CheckReport;
}

type Progress = { onProgress?: (done: number, total: number) => void };

export function auditDatabase(store: Store, o: { glossary?: string; root?: string; config?: CheckConfig } & AuditOptions & Progress = {}): AuditResult {
  const root = o.root ?? process.cwd();
  const check = checkDatabase(store, { glossary: o.glossary, root, config: o.config, onProgress: o.onProgress });
  return { check, audit: buildAudit(check.refs, check.inputs, check.findings, check.concepts, o) };
}

export function auditPairsFile(file: string, o: { glossary?: string; root?: string; config?: CheckConfig } & AuditOptions & Progress = {}): AuditResult {
  const root = o.root ?? process.cwd();
  const check = checkPairsFile(file, { glossary: o.glossary, root, config: o.config, onProgress: o.onProgress });
  return { check, audit: buildAudit(check.refs, check.inputs, check.findings, check.concepts, o) };
}
