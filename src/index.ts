/**
 * Selaras library API — the same functions the CLI calls. Import from here in scripts and tests.
 * Each area adds its exports below (keep the groups sorted by area).
 */
export * from "./errors";
export { openStore, createStore, DEFAULT_DB_FILE, type Store } from "./store";
export { ingestFiles, type IngestFileResult } from "./app/ingest";
export { documentStatus, type DocumentStatus } from "./app/status";
export { runPipeline, type PipelineResult } from "./app/pipeline";
export { segmentArticle } from "./segment";
export type { SegmentSpan, SegmentKind } from "./segment/types";
export { decodeText, splitLines } from "./text/decode";
export { normalizeText, normHash, countWords } from "./text/normalize";
export type * from "./glossary/types";
export {
  compileGlossary, validateConcepts, parseGlossaryText, parseGlossaryTsv, serializeGlossaryTsv, parseTbx, serializeTbx,
  englishStem, stripClitic, type CompiledGlossary, type TargetMatchEx, type TargetEntry,
} from "./glossary";
export {
  loadGlossary, loadGlossaryMatcher, syncGlossary, importGlossary, addConcept, removeConcept, exportGlossary, resolveGlossary,
  type SyncResult,
} from "./app/glossary";
export { formats, FORMAT_IDS, formatForFile, readUnits, writeUnits, type Format, type ParallelUnit } from "./formats";
export { exportParallel, exportCorpus, EXPORTS_DIR, DEFAULT_EXPORT_STATUSES, type ExportOptions, type ExportResult } from "./app/export";
export {
  importParallel, type ImportOptions as ParallelImportOptions, type ImportResult as ParallelImportResult, type ImportConflict,
} from "./app/import";
export {
  alignSentences, galeChurchAlign, scoreAlignments, formatBeads, parseBeads, buildLexicon, freedictLexicon,
  type Bead, type AlignOptions, type AlignParams, type Lexicon, type AlignmentScore,
} from "./align";
export { alignFiles, alignDocument, REVIEW_THRESHOLD, type AlignDocumentResult, type AlignFilesResult, type AlignedBead } from "./app/align";
export { splitEnglish, englishSentences } from "./segment/english";
export {
  setTranslation, showUnit, renderingHistory, tmLookup, resolveAuthor, TM_THRESHOLD,
  type SaveResult, type UnitView, type HistoryView, type TmMatch, type RenderingView,
} from "./app/translate";
export { runSession, sessionWalk, sessionTarget, needsReview, type SessionIO, type SessionEvent, type SessionSummary, type ReadOptions } from "./app/session";
export { resolveRef, unitsOf, joinUnits, splitSegment, suggestJoins, unjoinUnit, type Unit, type JoinSuggestion, type UnjoinResult } from "./app/segments";
export {
  setUnit, saveUnitChecked, createGate, keepFilesInStep, inStep, projectRoot, resolveUnitRef, documentUnits, unitRevision,
  type SaveUnitInput, type SaveUnitResult, type UnitFinding, type UnitSummary, type Gate, type LifecycleContext,
} from "./app/lifecycle";
export {
  TRANSITIONS, UNIT_STATES, ACTORS, transition, isConfirmed, isDone, stateOf,
  type UnitState, type StoredState, type Actor, type TransitionVerdict,
} from "./translations/lifecycle";
export {
  exportTranslations, importTranslations, TRANSLATIONS_DIR,
  type ImportResult as TranslationsImportResult, type ExportedFile,
} from "./app/translations";
export { parseTranslations, writeTranslations, TRANSLATIONS_EXTENSION, type TranslationRecord } from "./translations/format";
export { similarity, tmTokens } from "./translations/similarity";
export { wordDiff, plainWordDiff, type DiffPart } from "./diff/word-diff";
export {
  checks, CHECK_IDS, runChecks, defineCheck, defineCorpusCheck,
  type CheckId, type Finding, type PairToCheck, type CheckConfig, type Check, type CheckInput, type Problem, type CheckMeta, type Severity, type Category,
} from "./check";
export type { AuditReport, AuditOptions, ConceptAudit, Conflict, CandidateTerm, ListedFinding } from "./check/audit";
export {
  checkDatabase, checkDatabaseStreamed, checkPairsFile, checkPairsFileStreamed, checkPair, ignoreFinding, unignoreFinding, syncSuppressions, pairHash,
  type CheckReport, type StreamedCheckReport, type ReportedFinding,
} from "./app/check";
export { auditDatabase, auditPairsFile, type AuditResult, type AuditRunOptions } from "./app/audit";
export { extractNumbers, compareNumbers, type NumberToken, type NumberKind } from "./text/numbers";
export { substituteNumbers, type NumberSubstitution, type NumberReplacement } from "./text/substitute-numbers";
export {
  access, authenticate, authorize, assertAuthorized, login, sessionUser, sessionSecret, saveAs, localUser,
  addUser, rotateToken, removeUser, listUsers, findUser, USER_ROLES, ACTIONS,
  type User, type UserRole, type Action, type Verdict, type AccessOptions, type LoginOptions,
} from "./app/users";
export { createSessionValue, verifySessionValue, sessionCookie, clearSessionCookie, readCookie, SESSION_COOKIE, SESSION_TTL_SECONDS } from "./app/session-cookie";
