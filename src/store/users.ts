/**
 * The workbench's users (app_user): name, role, hash of the login token; and its per-deployment
 * secrets (app_secret). Users live in the database only, never in the project folder (docs/users.md).
 */
import type { Db } from "./open";

export type UserRole = "translator" | "reviewer" | "admin";
export interface UserRow { readonly id: number; readonly name: string; readonly role: UserRole; readonly createdAt: string }

interface Row { id: number; name: string; role: UserRole; created_at: string }
const toUser = (r: Row): UserRow => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at });

export function createUserRepo(db: Db) {
  const s = {
    insert: db.prepare("INSERT INTO app_user (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)"),
    byName: db.prepare("SELECT id, name, role, created_at FROM app_user WHERE name = ?"),
    byHash: db.prepare("SELECT id, name, role, created_at FROM app_user WHERE token_hash = ?"),
    hashOf: db.prepare("SELECT token_hash FROM app_user WHERE name = ?").pluck(),
    all: db.prepare("SELECT id, name, role, created_at FROM app_user ORDER BY name"),
    count: db.prepare("SELECT COUNT(*) FROM app_user").pluck(),
    setToken: db.prepare("UPDATE app_user SET token_hash = ?, role = ? WHERE name = ?"),
    setHash: db.prepare("UPDATE app_user SET token_hash = ? WHERE name = ?"),
    remove: db.prepare("DELETE FROM app_user WHERE name = ?"),
    secret: db.prepare("SELECT value FROM app_secret WHERE name = ?").pluck(),
    newSecret: db.prepare("INSERT INTO app_secret (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING"),
  };
  return {
    add(name: string, role: UserRole, tokenHash: string, now: string): UserRow {
      s.insert.run(name, role, tokenHash, now);
      return toUser(s.byName.get(name) as Row);
    },
    /** Replaces a user's token (and role): the old token stops working. */
    reset(name: string, role: UserRole, tokenHash: string): void { s.setToken.run(tokenHash, role, name); },
    /** Replaces a user's token only. */
    setTokenHash: (name: string, tokenHash: string): boolean => s.setHash.run(tokenHash, name).changes > 0,
    byName: (name: string): UserRow | undefined => { const r = s.byName.get(name) as Row | undefined; return r && toUser(r); },
    byTokenHash: (hash: string): UserRow | undefined => { const r = s.byHash.get(hash) as Row | undefined; return r && toUser(r); },
    /** The stored hash of a user's current token (sessions are bound to it). */
    tokenHashOf: (name: string): string | undefined => s.hashOf.get(name) as string | undefined,
    all: (): UserRow[] => (s.all.all() as Row[]).map(toUser),
    count: (): number => s.count.get() as number,
    remove: (name: string): boolean => s.remove.run(name).changes > 0,
    /** A named secret, made by `make` the first time (the first writer wins when processes race). */
    secret(name: string, make: () => string, now: string): string {
      s.newSecret.run(name, make(), now);
      return s.secret.get(name) as string;
    },
  };
}
export type UserRepo = ReturnType<typeof createUserRepo>;
