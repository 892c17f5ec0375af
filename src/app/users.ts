/**
 * Workbench users: `selaras users add <name> --role translator|reviewer|admin` prints a login token
 * once; only its SHA-256 is stored. The server looks people up by the hash of the token they log in with.
 */
import * as crypto from "node:crypto";
import { NotFoundError, UsageError } from "../errors";
import type { Store } from "../store";
import type { UserRole, UserRow } from "../store/users";

export const USER_ROLES: readonly UserRole[] = ["translator", "reviewer", "admin"];

export const hashToken = (token: string): string => crypto.createHash("sha256").update(token, "utf8").digest("hex");

export interface NewUser { readonly name: string; readonly role: UserRole; readonly token: string; readonly replaced: boolean }

/** Adds a user (or, with `reset`, gives an existing one a new token and role); returns the token, shown once. */
export function addUser(store: Store, name: string, role: string, o: { reset?: boolean; now?: string } = {}): NewUser {
  const clean = name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u.test(clean)) throw new UsageError("user-name-invalid", { name });
  if (!USER_ROLES.includes(role as UserRole)) throw new UsageError("user-role-invalid", { role, roles: USER_ROLES.join(", ") });
  const token = crypto.randomBytes(24).toString("base64url");
  return store.transaction(() => {
    const existing = store.users.byName(clean);
    if (existing && !o.reset) throw new UsageError("user-exists", { name: clean });
    if (existing) store.users.reset(clean, role as UserRole, hashToken(token));
    else store.users.add(clean, role as UserRole, hashToken(token), o.now ?? new Date().toISOString());
    return { name: clean, role: role as UserRole, token, replaced: Boolean(existing) };
  });
}

export function listUsers(store: Store): UserRow[] {
  return store.users.all();
}

export function removeUser(store: Store, name: string): void {
  store.transaction(() => { if (!store.users.remove(name)) throw new NotFoundError("user-not-found", { name }); });
}

/** The user a login token belongs to, if any. */
export function userByToken(store: Store, token: string): UserRow | undefined {
  return token ? store.users.byTokenHash(hashToken(token)) : undefined;
}
