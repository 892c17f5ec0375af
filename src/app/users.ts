/**
 * Workbench users and roles (docs/users.md). `selaras users add <name> --role translator|reviewer|admin`
 * prints a login token once; only its SHA-256 is stored (app_user, in the database only: users are
 * per-deployment secrets, never written to the project folder). The server calls:
 *   - `authenticate(store, token)` when someone logs in with a token;
 *   - `login(...)` / `sessionUser(...)` to turn that into a signed cookie and back (session-cookie.ts);
 *   - `access(store, cookieHeader, action, o)` on every request: who is asking (the local user when no
 *     users exist) and may their role do this (`authorize`, over the lifecycle's TRANSITIONS).
 * A save then passes `saveAs(user)` (`{actor: role, author: name}`) to the lifecycle's setUnit, which
 * checks the move from the unit's actual state (a reviewer may not review their own confirmation).
 */
import * as crypto from "node:crypto";
import { AuthError, ForbiddenError, NotFoundError, UsageError } from "../errors";
import type { Store } from "../store";
import type { UserRole, UserRow } from "../store/users";
import { UNIT_STATES, type UnitState } from "../model";
import { TRANSITIONS } from "../translations/lifecycle";
import { sanitizeTerminal } from "../text/control";
import { createSessionValue, sessionCookie, SESSION_TTL_SECONDS, verifySessionValue, readCookie, type CookieOptions } from "./session-cookie";

export type { UserRole, UserRow };
export const USER_ROLES: readonly UserRole[] = ["translator", "reviewer", "admin"];

/** A person as the server knows them: their name (the author of their saves) and role. */
export interface User { readonly name: string; readonly role: UserRole }

/** Longest user name, in characters. */
export const USER_NAME_MAX = 64;
const NAME_RE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._-]*$/u;

export const hashToken = (token: string): string => crypto.createHash("sha256").update(token, "utf8").digest("hex");

/** A new login token: 256 random bits, base64url (43 characters, URL-safe). */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/**
 * A user name as stored: trimmed, NFC; letters, digits, space, dot, dash, underscore (starting with a
 * letter or digit), at most 64 characters. No control or invisible formatting characters can pass.
 * @throws UsageError `user-name-invalid` {name}
 */
export function validUserName(name: string): string {
  const clean = String(name).normalize("NFC").trim();
  if (clean === "" || [...clean].length > USER_NAME_MAX || !NAME_RE.test(clean)) throw new UsageError("user-name-invalid", { name: visible(String(name)) });
  return clean;
}

/** A refused name as it can be shown: control characters as visible symbols, invisible ones as U+XXXX. */
function visible(name: string): string {
  return sanitizeTerminal(name).replace(/[\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

function validRole(role: string): UserRole {
  if (!USER_ROLES.includes(role as UserRole)) throw new UsageError("user-role-invalid", { role, roles: USER_ROLES.join(", ") });
  return role as UserRole;
}

export interface NewUser { readonly name: string; readonly role: UserRole; readonly token: string; readonly replaced: boolean }

/**
 * Adds a user (or, with `reset`, gives an existing one a new token and role); returns the token,
 * shown once. Names are unique regardless of case (`Ayu` and `ayu` are one person).
 * @throws UsageError `user-name-invalid`, `user-role-invalid`, `user-exists` {name}
 */
export function addUser(store: Store, name: string, role: string, o: { reset?: boolean; now: string }): NewUser {
  const clean = validUserName(name);
  const r = validRole(role);
  const token = newToken();
  return store.transaction(() => {
    const existing = findUser(store, clean);
    if (existing && !o.reset) throw new UsageError("user-exists", { name: existing.name });
    if (existing) store.users.reset(existing.name, r, hashToken(token));
    else store.users.add(clean, r, hashToken(token), o.now);
    return { name: existing?.name ?? clean, role: r, token, replaced: Boolean(existing) };
  });
}

/**
 * `selaras users token <name>`: a new token for an existing user; the old one stops working at once,
 * and so do the sessions begun with it.
 * @throws NotFoundError `user-not-found` {name}
 */
export function rotateToken(store: Store, name: string): NewUser {
  const token = newToken();
  return store.transaction(() => {
    const u = findUser(store, name);
    if (!u) throw new NotFoundError("user-not-found", { name });
    store.users.setTokenHash(u.name, hashToken(token));
    return { name: u.name, role: u.role, token, replaced: true };
  });
}

export function listUsers(store: Store): UserRow[] {
  return store.users.all();
}

/** A user by name: exactly, else regardless of case (names are unique regardless of case). */
export function findUser(store: Store, name: string): UserRow | undefined {
  const n = String(name).normalize("NFC").trim();
  return store.users.byName(n) ?? store.users.all().find((u) => u.name.toLowerCase() === n.toLowerCase());
}

/**
 * Removes a user: their token and sessions stop working at once. Returns the user removed.
 * @throws NotFoundError `user-not-found` {name}
 */
export function removeUser(store: Store, name: string): UserRow {
  return store.transaction(() => {
    const u = findUser(store, name);
    if (!u || !store.users.remove(u.name)) throw new NotFoundError("user-not-found", { name });
    return u;
  });
}

/**
 * The user a login token belongs to, or null. The token's SHA-256 finds the row; the stored hash is
 * then compared with `crypto.timingSafeEqual`. (The lookup's timing depends only on the hash of what
 * was sent, which tells nothing about a 256-bit random token.)
 */
export function authenticate(store: Store, token: unknown): User | null {
  if (typeof token !== "string" || token.length < 16 || token.length > 512) return null;
  const hash = hashToken(token);
  const row = store.users.byTokenHash(hash);
  if (!row) return null;
  const stored = store.users.tokenHashOf(row.name);
  if (stored === undefined || stored.length !== hash.length) return null;
  if (!crypto.timingSafeEqual(Buffer.from(stored, "hex"), Buffer.from(hash, "hex"))) return null;
  return { name: row.name, role: row.role };
}

/** The user a login token belongs to (kept for the server's first version; prefer authenticate). */
export function userByToken(store: Store, token: string): UserRow | undefined {
  const u = authenticate(store, token);
  return u ? store.users.byName(u.name) : undefined;
}

/** The fingerprint of a user's current token that a session carries (not the hash itself). */
function sessionKey(tokenHash: string): string {
  return crypto.createHash("sha256").update("selaras-session-key\u0000").update(tokenHash).digest("base64url").slice(0, 22);
}

/**
 * The server's secret for signing session cookies: 256 random bits made on first use and kept in
 * the database (app_secret), so sessions survive a restart of the server.
 */
export function sessionSecret(store: Store, now: string): string {
  return store.users.secret("session", () => crypto.randomBytes(32).toString("hex"), now);
}

export interface LoginOptions extends CookieOptions {
  readonly secret: string;
  /** Milliseconds since the epoch. */
  readonly now: number;
  readonly ttlSeconds?: number;
}

/**
 * Logs in with a token: the user and the Set-Cookie header value of their session (null for a
 * wrong token). The session ends when it expires, when the user is removed, or when their token is
 * rotated (`users token`, `users add --reset`).
 */
export function login(store: Store, token: unknown, o: LoginOptions): { user: User; cookie: string; value: string } | null {
  const user = authenticate(store, token);
  if (!user) return null;
  const value = createSessionValue(o.secret, { name: user.name, key: sessionKey(hashToken(token as string)) }, o.now, o.ttlSeconds ?? SESSION_TTL_SECONDS);
  return { user, value, cookie: sessionCookie(value, o) };
}

/** The user of a request's session cookie (the whole Cookie header), or null. */
export function sessionUser(store: Store, cookieHeader: string | undefined | null, o: { secret: string; now: number }): User | null {
  const claims = verifySessionValue(o.secret, readCookie(cookieHeader), o.now);
  if (!claims) return null;
  const row = store.users.byName(claims.name);
  const stored = row ? store.users.tokenHashOf(row.name) : undefined;
  if (!row || stored === undefined) return null;
  const a = Buffer.from(sessionKey(stored));
  const b = Buffer.from(claims.key);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return null;
  return { name: row.name, role: row.role };
}

/**
 * What a request asks to do. `unit.<state>` moves a unit to that state (save as draft, confirm to
 * translated, review); the others: read anything, join/split/unjoin, store an alignment, accept a
 * finding (suppression), change the glossary, manage users.
 */
export type Action = "read" | "segments.edit" | "align.store" | "findings.accept" | "glossary.edit" | "users.manage" | `unit.${UnitState}`;
export const ACTIONS: readonly Action[] = [
  "read", "segments.edit", "align.store", "findings.accept", "glossary.edit", "users.manage", ...UNIT_STATES.map((s) => `unit.${s}` as const),
];

const ADMIN_ONLY: ReadonlySet<string> = new Set(["glossary.edit", "users.manage"]);
const EVERY_ROLE: ReadonlySet<string> = new Set(["read", "segments.edit", "align.store", "findings.accept"]);

export type Verdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: "transition-refused" | "role-forbidden"; readonly data: Readonly<Record<string, string>> };

/**
 * May a role do this at all? Unit moves follow the lifecycle's TRANSITIONS: a role may ask for a
 * state it may move some unit to (a translator: draft, translated; a reviewer: also reviewed; an
 * admin: any a person may). Whether the move is allowed from the unit's actual state (and the
 * second-person rule for reviewed) is decided by setUnit with `saveAs(user)`. Glossary and users:
 * admins only. Pure.
 */
export function authorize(role: UserRole, action: Action): Verdict {
  if (!USER_ROLES.includes(role)) return { ok: false, code: "role-forbidden", data: { role: String(role), action: String(action) } };
  if (typeof action === "string" && action.startsWith("unit.")) {
    const to = action.slice(5) as UnitState;
    if (UNIT_STATES.includes(to) && (TRANSITIONS[role][to] ?? []).length > 0) return { ok: true };
    return { ok: false, code: "transition-refused", data: { ref: "*", from: "*", to, actor: role, reason: "actor-may-not" } };
  }
  if (EVERY_ROLE.has(action)) return { ok: true };
  if (ADMIN_ONLY.has(action) && role === "admin") return { ok: true };
  return { ok: false, code: "role-forbidden", data: { role, action: String(action) } };
}

/**
 * `authorize` for a user, throwing. `unit` names the unit a move is asked for (its ref and state), so
 * the refusal reads like setUnit's (`<ref>: a translator may not move a unit from <from> to reviewed`).
 * @throws ForbiddenError `transition-refused` {ref, from, to, actor, reason, name} / `role-forbidden` {role, action, name} (HTTP 403)
 */
export function assertAuthorized(user: User, action: Action, unit?: { ref?: string; from?: UnitState }): void {
  const v = authorize(user.role, action);
  if (v.ok) return;
  if (v.code === "transition-refused") {
    throw new ForbiddenError("transition-refused", { ...v.data, ...(unit?.ref !== undefined ? { ref: unit.ref } : {}), ...(unit?.from !== undefined ? { from: unit.from } : {}), name: user.name });
  }
  throw new ForbiddenError("role-forbidden", { ...v.data, name: user.name });
}

/** Who acts when no users are configured (loopback only): the local user, an admin like the CLI. */
export function localUser(name: string): User {
  return { name, role: "admin" };
}

export interface AccessOptions {
  /** sessionSecret(store), read once when the server starts. */
  readonly secret: string;
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** The user who acts while no users exist (`localUser(resolveAuthor(...))`). */
  readonly local: User;
  /** For a unit move: the unit's ref and current state (named in a refusal). */
  readonly unit?: { readonly ref?: string; readonly from?: UnitState };
}

/**
 * THE check of every request: who is asking and may they do `action`. With no users configured the
 * local user (admin) acts; otherwise the session cookie must name a current user.
 * @throws AuthError `login-required` (HTTP 401); ForbiddenError `transition-refused` / `role-forbidden` (HTTP 403)
 */
export function access(store: Store, cookieHeader: string | undefined | null, action: Action, o: AccessOptions): User {
  const user = store.users.count() === 0 ? o.local : sessionUser(store, cookieHeader, o);
  if (!user) throw new AuthError("login-required", {});
  assertAuthorized(user, action, o.unit);
  return user;
}

/** What a save records: the person as author, their role as the lifecycle's actor (for setUnit). */
export function saveAs(user: User): { actor: UserRole; author: string } {
  return { actor: user.role, author: user.name };
}
