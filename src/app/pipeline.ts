/**
 * runPipeline — the main job (`npm start`): the whole shipped repository into the database.
 * Steps run in order; each is idempotent, so running twice gives the same database.
 * Later capabilities add their steps here (glossary sync, translations import, check, audit, export).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Store } from "../store";
import { ingestFiles, type IngestFileResult } from "./ingest";
import { documentStatus, type DocumentStatus } from "./status";

export interface PipelineOptions {
  /** Repository root holding corpus/, glossary/, translations/. */
  readonly root: string;
  readonly onStep?: (step: string) => void;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface PipelineResult {
  readonly ingest: IngestFileResult[];
  readonly status: DocumentStatus[];
}

export function runPipeline(store: Store, options: PipelineOptions): PipelineResult {
  const corpus = path.join(options.root, "corpus");
  options.onStep?.("ingest");
  const ingest = fs.existsSync(corpus) ? ingestFiles(store, [corpus], { onProgress: (d, n, f) => options.onProgress?.(d, n, path.basename(f)) }) : [];
  return { ingest, status: documentStatus(store) };
}
