/**
 * The unit lifecycle: the ONE state machine every entry point goes through (the session's save /
 * :ok / :accept, `translate set`, `translations import`, `import`, `align --doc`, the workbench).
 * docs/lifecycle.md has the same table in words; test/translations/lifecycle.test.ts holds them equal.
 *
 * A unit (one segment, or several joined) is in one of five states:
 *   untranslated  no English
 *   draft         English a person wrote, not confirmed (or a confirmation refused by the checks)
 *   aligned       English paired by the aligner (machine), not confirmed by a person
 *   translated    confirmed by a person
 *   reviewed      confirmed by a second person
 * and, orthogonally, `stale` (its source changed since the English was saved) or `orphaned` (its
 * source sentence left the article). A stale unit keeps its state until a person confirms it again.
 *
 * Moving to `translated` or `reviewed` is a CONFIRMATION: the caller must run the checks on the
 * text as it will be stored; an unsuppressed error turns the move into a move to `draft` unless the
 * person accepts the findings with a reason (which records suppressions). Pure: no I/O.
 */

import type { RenderingState as StoredState, UnitState } from "../model";

export { UNIT_STATES, type UnitState } from "../model";
/** The states a stored rendering can have (every state but `untranslated`): RenderingState in src/model.ts. */
export type { RenderingState as StoredState } from "../model";

/**
 * Who moves a unit:
 *   translator  a person translating (session, `translate set`, the workbench as translator)
 *   reviewer    a person reviewing (may confirm to `reviewed`, send back to `draft`)
 *   admin       may do anything a translator or reviewer may (the CLI's local user is an admin)
 *   aligner     `align --doc`: machine pairs only
 *   import      `translations import` (the project's own files, the rebuild) and `import` (another
 *               tool's file): the file says the state; confirmations are still checked
 */
export type Actor = "translator" | "reviewer" | "admin" | "aligner" | "import";
export const ACTORS: readonly Actor[] = ["translator", "reviewer", "admin", "aligner", "import"];

export function isConfirmed(state: UnitState): boolean {
  return state === "translated" || state === "reviewed";
}

/** A move that needs the checks to pass (or an accepted finding). */
export function isConfirmation(to: UnitState): boolean {
  return isConfirmed(to);
}

/**
 * The table: for each actor, the states it may move a unit FROM to each target state.
 * `untranslated` as a target means the English is withdrawn (only the aligner withdraws its own).
 */
export const TRANSITIONS: Readonly<Record<Actor, Readonly<Partial<Record<UnitState, readonly UnitState[]>>>>> = {
  translator: {
    draft: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    translated: ["untranslated", "draft", "aligned", "translated", "reviewed"],
  },
  reviewer: {
    draft: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    translated: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    reviewed: ["untranslated", "draft", "aligned", "translated", "reviewed"],
  },
  admin: {
    draft: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    aligned: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    translated: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    reviewed: ["untranslated", "draft", "aligned", "translated", "reviewed"],
  },
  aligner: {
    aligned: ["untranslated", "aligned"],
    untranslated: ["aligned"],
  },
  import: {
    draft: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    aligned: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    translated: ["untranslated", "draft", "aligned", "translated", "reviewed"],
    reviewed: ["untranslated", "draft", "aligned", "translated", "reviewed"],
  },
};

export type TransitionVerdict =
  | { readonly ok: true; readonly confirmation: boolean }
  | { readonly ok: false; readonly reason: "actor-may-not" | "second-person-required" };

/**
 * May `actor` move a unit from `from` to `to`? `lastConfirmedBy` (the author of the current
 * confirmation, if any) and `author` let the machine require a second person for `reviewed` when a
 * reviewer (not an admin) confirms a translation.
 */
export function transition(from: UnitState, to: UnitState, actor: Actor, who?: { author: string; lastConfirmedBy?: string | null }): TransitionVerdict {
  const allowed = TRANSITIONS[actor][to] ?? [];
  if (!allowed.includes(from)) return { ok: false, reason: "actor-may-not" };
  if (actor === "reviewer" && to === "reviewed" && from === "translated" && who?.lastConfirmedBy && who.lastConfirmedBy === who.author) {
    return { ok: false, reason: "second-person-required" };
  }
  return { ok: true, confirmation: isConfirmation(to) };
}

/** Where a requested move ends when the checks report an unsuppressed error and nobody accepted it. */
export function refusedState(requested: UnitState): UnitState {
  return isConfirmation(requested) ? "draft" : requested;
}

/** The state of a unit from its rendering's stored status (none → untranslated). */
export function stateOf(status: StoredState | null | undefined): UnitState {
  return status ?? "untranslated";
}

export interface UnitCondition {
  readonly state: UnitState;
  readonly stale: boolean;
  readonly orphaned: boolean;
}

/** Counts as done in `status`: confirmed (translated or reviewed), current, not orphaned. */
export function isDone(c: UnitCondition): boolean {
  return isConfirmed(c.state) && !c.stale && !c.orphaned;
}

/** Needs a person: untranslated, draft, aligned, or stale. */
export function needsPerson(c: UnitCondition): boolean {
  return !isDone(c) && !c.orphaned;
}
