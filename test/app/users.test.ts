/**
 * The users-and-roles layer the workbench server calls: the role matrix against the lifecycle's
 * TRANSITIONS (and through setUnit, the one checked save), the one per-request check `access`,
 * and signed session cookies (tamper, expiry, another secret, token rotation, removal).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { AuthError, ForbiddenError, UsageError } from "../../src/errors";
import { setUnit } from "../../src/app/lifecycle";
import { ingestFiles } from "../../src/app/ingest";
import { renderingHistory } from "../../src/app/translate";
import {
  access, ACTIONS, addUser, authenticate, authorize, localUser, login, removeUser, rotateToken, saveAs, sessionSecret, sessionUser,
  USER_ROLES, type Action, type UserRole,
} from "../../src/app/users";
import {
  clearSessionCookie, createSessionValue, readCookie, sessionCookie, verifySessionValue,
} from "../../src/app/session-cookie";
import { openStore, type Store } from "../../src/store";
import { TRANSITIONS, UNIT_STATES } from "../../src/translations/lifecycle";
import { REPO, tempDir } from "../helpers/cli";

const NOW = Date.parse("2026-12-03T10:00:00.000Z");
const HOUR = 3600 * 1000;

describe("authorize: the role matrix is the lifecycle's", () => {
  it.each(USER_ROLES)("%s may ask for exactly the states TRANSITIONS lets it reach", (role) => {
    for (const s of UNIT_STATES) {
      const v = authorize(role, `unit.${s}`);
      expect({ s, ok: v.ok }).toEqual({ s, ok: (TRANSITIONS[role][s] ?? []).length > 0 });
    }
  });
  it("spelled out: translator draft/translated, reviewer also reviewed, admin also aligned; nobody withdraws English", () => {
    const allowed = Object.fromEntries(USER_ROLES.map((r) => [r, UNIT_STATES.filter((s) => authorize(r, `unit.${s}`).ok)]));
    expect(allowed).toEqual({
      translator: ["draft", "translated"],
      reviewer: ["draft", "translated", "reviewed"],
      admin: ["draft", "aligned", "translated", "reviewed"],
    });
    expect(authorize("translator", "unit.reviewed")).toEqual({
      ok: false, code: "transition-refused", data: { ref: "*", from: "*", to: "reviewed", actor: "translator", reason: "actor-may-not" },
    });
  });
  it("only admins change the glossary or users; everybody reads, joins, aligns, accepts findings", () => {
    const table = Object.fromEntries(USER_ROLES.map((r) => [r, ACTIONS.filter((a) => !a.startsWith("unit.") && authorize(r, a).ok)]));
    expect(table).toEqual({
      translator: ["read", "segments.edit", "align.store", "findings.accept"],
      reviewer: ["read", "segments.edit", "align.store", "findings.accept"],
      admin: ["read", "segments.edit", "align.store", "findings.accept", "glossary.edit", "users.manage"],
    });
    expect(authorize("reviewer", "glossary.edit")).toEqual({ ok: false, code: "role-forbidden", data: { role: "reviewer", action: "glossary.edit" } });
    expect(authorize("translator", "delete.everything" as Action).ok).toBe(false);
    expect(authorize("root" as UserRole, "read") /* a role from outside the type (an old users file) */.ok).toBe(false);
  });
});

describe("docs/users.md", () => {
  it("its role table says what authorize does, for every action it names", () => {
    const doc = fs.readFileSync(path.join(REPO, "docs/users.md"), "utf8");
    const table = doc.slice(doc.indexOf("| action | translator | reviewer | admin |"));
    const rows = table.split("\n").slice(2).filter((l) => l.startsWith("|"));
    const seen = new Set<string>();
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      const actions = [...cells[0]!.matchAll(/`([a-z]+\.[a-z]+|read)`/g)].map((m) => m[1]!).filter((a) => (ACTIONS as readonly string[]).includes(a));
      for (const a of actions) {
        seen.add(a);
        USER_ROLES.forEach((role, i) => expect({ a, role, yes: cells[i + 1]!.startsWith("yes") }).toEqual({ a, role, yes: authorize(role, a as Action).ok }));
      }
    }
    expect([...seen].sort()).toEqual(ACTIONS.filter((a) => a !== "unit.untranslated").sort());
  });
});

describe("with a project", () => {
  let dir: string;
  let db: string;
  let store: Store;
  const REF = "rapat:2";
  const EN = "The President chaired a cabinet meeting in Jakarta.";
  beforeEach(() => {
    dir = tempDir("selaras-roles-");
    db = path.join(dir, "selaras.db");
    fs.writeFileSync(path.join(dir, "rapat.txt"), "Rapat kabinet\n\nPresiden memimpin rapat kabinet di Jakarta.\n");
    store = openStore(db);
    ingestFiles(store, [path.join(dir, "rapat.txt")], { now: "2026-01-01T00:00:00.000Z" });
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("saves through setUnit record the user's name; a translator asking for reviewed is refused (transition-refused)", () => {
    const ayu = authenticate(store, addUser(store, "ayu", "translator", { now: "2026-01-01T00:00:00.000Z" }).token)!;
    const budi = authenticate(store, addUser(store, "budi", "reviewer", { now: "2026-01-01T00:00:00.000Z" }).token)!;
    expect(setUnit(store, REF, { now: "2026-01-01T00:00:00.000Z", text: EN, state: "translated", ...saveAs(ayu) }).state).toBe("translated");
    let err: unknown;
    try { setUnit(store, REF, { now: "2026-01-01T00:00:00.000Z", state: "reviewed", ...saveAs(ayu) }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).code).toBe("transition-refused");
    expect((err as UsageError).data).toMatchObject({ ref: REF, from: "translated", to: "reviewed", actor: "translator" });
    expect(setUnit(store, REF, { now: "2026-01-01T00:00:00.000Z", state: "reviewed", ...saveAs(budi) }).state).toBe("reviewed");
    expect(renderingHistory(store, REF).revisions.map((r) => `${r.author}:${r.status}`)).toEqual(["ayu:translated", "budi:reviewed"]);
  });

  it("access: the local user (admin) while no users exist; then a login is required", () => {
    const secret = sessionSecret(store, "2026-01-01T00:00:00.000Z");
    const o = { secret, now: NOW, local: localUser("meja") };
    expect(access(store, undefined, "glossary.edit", o)).toEqual({ name: "meja", role: "admin" });
    const token = addUser(store, "ayu", "translator", { now: "2026-01-01T00:00:00.000Z" }).token;
    const refusal = (cookie: string | undefined) => { try { access(store, cookie, "read", o); return null; } catch (e) { return e; } };
    expect(refusal(undefined)).toBeInstanceOf(AuthError);
    expect((refusal("selaras_session=forged") as AuthError).code).toBe("login-required");
    const session = login(store, token, { secret, now: NOW })!;
    expect(session.user).toEqual({ name: "ayu", role: "translator" });
    const cookie = `theme=dark; ${session.cookie.split(";")[0]}`;
    expect(access(store, cookie, "unit.translated", o)).toEqual({ name: "ayu", role: "translator" });
    let err: unknown;
    try { access(store, cookie, "unit.reviewed", { ...o, unit: { ref: REF, from: "translated" } }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ForbiddenError);
    expect({ code: (err as ForbiddenError).code, data: (err as ForbiddenError).data }).toEqual({
      code: "transition-refused", data: { ref: REF, from: "translated", to: "reviewed", actor: "translator", reason: "actor-may-not", name: "ayu" },
    });
    try { access(store, cookie, "users.manage", o); err = undefined; } catch (e) { err = e; }
    expect({ code: (err as ForbiddenError).code, data: (err as ForbiddenError).data }).toEqual({
      code: "role-forbidden", data: { role: "translator", action: "users.manage", name: "ayu" },
    });
  });

  it("a session ends when it expires, when the token is rotated, when the user is removed (even if re-added)", () => {
    const secret = sessionSecret(store, "2026-01-01T00:00:00.000Z");
    const first = addUser(store, "ayu", "translator", { now: "2026-01-01T00:00:00.000Z" }).token;
    const s1 = login(store, first, { secret, now: NOW, ttlSeconds: 3600 })!;
    expect(sessionUser(store, s1.cookie, { secret, now: NOW + HOUR - 1000 })).toEqual({ name: "ayu", role: "translator" });
    expect(sessionUser(store, s1.cookie, { secret, now: NOW + HOUR })).toBeNull();
    const rotated = rotateToken(store, "ayu").token;
    expect(sessionUser(store, s1.cookie, { secret, now: NOW })).toBeNull();
    expect(authenticate(store, first)).toBeNull();
    expect(login(store, first, { secret, now: NOW })).toBeNull();
    const s2 = login(store, rotated, { secret, now: NOW })!;
    expect(sessionUser(store, s2.cookie, { secret, now: NOW })).toEqual({ name: "ayu", role: "translator" });
    removeUser(store, "ayu");
    expect(sessionUser(store, s2.cookie, { secret, now: NOW })).toBeNull();
    addUser(store, "ayu", "admin", { now: "2026-01-01T00:00:00.000Z" });
    expect(sessionUser(store, s2.cookie, { secret, now: NOW })).toBeNull();
  });

  it("the session secret is made once and kept with the database (sessions survive a server restart)", () => {
    const secret = sessionSecret(store, "2026-01-01T00:00:00.000Z");
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const token = addUser(store, "ayu", "translator", { now: "2026-01-01T00:00:00.000Z" }).token;
    const s = login(store, token, { secret, now: NOW })!;
    store.close();
    store = openStore(db);
    expect(sessionSecret(store, "2026-01-01T00:00:00.000Z")).toBe(secret);
    expect(sessionUser(store, s.cookie, { secret: sessionSecret(store, "2026-01-01T00:00:00.000Z"), now: NOW })).toEqual({ name: "ayu", role: "translator" });
  });

  it("authenticate refuses what is not a current token", () => {
    const token = addUser(store, "ayu", "translator", { now: "2026-01-01T00:00:00.000Z" }).token;
    for (const bad of ["", "x", token.slice(0, -1), token + "x", token.toUpperCase(), null, 42, { token }]) expect(authenticate(store, bad)).toBeNull();
    expect(authenticate(store, token)).toEqual({ name: "ayu", role: "translator" });
  });
});

describe("session cookie (pure)", () => {
  const SECRET = "a".repeat(64);
  const value = createSessionValue(SECRET, { name: "Siti Rahayu", key: "k1" }, NOW, 600);

  it("round-trips, URL-safe, expiring after its time", () => {
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(verifySessionValue(SECRET, value, NOW)).toEqual({ name: "Siti Rahayu", key: "k1", expires: NOW + 600_000 });
    expect(verifySessionValue(SECRET, value, NOW + 599_999)).not.toBeNull();
    expect(verifySessionValue(SECRET, value, NOW + 600_000)).toBeNull();
  });

  it("refuses every tampered value, another secret, and garbage", () => {
    expect(verifySessionValue("b".repeat(64), value, NOW)).toBeNull();
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    for (let i = 0; i < value.length; i++) expect(verifySessionValue(SECRET, flip(value, i), NOW)).toBeNull();
    // a payload re-encoded with a later expiry and another name, signature kept
    const sig = value.slice(0, 43);
    const forged = Buffer.from(JSON.stringify({ n: "admin", k: "k1", e: NOW / 1000 + 10 ** 6 })).toString("base64url");
    expect(verifySessionValue(SECRET, sig + forged, NOW)).toBeNull();
    for (const junk of [undefined, null, "", "abc", "x".repeat(5000), value + ".", `${value};`]) expect(verifySessionValue(SECRET, junk, NOW)).toBeNull();
  });

  it("cookie header values: HttpOnly, SameSite=Strict; Max-Age and Secure on request; clearing; reading", () => {
    expect(sessionCookie("v1")).toBe("selaras_session=v1; HttpOnly; SameSite=Strict; Path=/");
    expect(sessionCookie("v1", { maxAge: 43200, secure: true })).toBe("selaras_session=v1; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200; Secure");
    expect(clearSessionCookie()).toBe("selaras_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    expect(readCookie("a=1; selaras_session=v2; b=3")).toBe("v2");
    expect(readCookie("selaras_sessionx=1")).toBeUndefined();
    expect(readCookie(undefined)).toBeUndefined();
  });
});
