/**
 * Login sessions of the workbench as a signed cookie value. Pure (node:crypto only, no I/O, no
 * clock: the caller passes `now`), so the server only wires it.
 *
 * A value is `<signature><payload>`: the payload is base64url JSON `{n: name, k: key, e: expires}`
 * (`e` in seconds since the epoch; `k` binds the session to the user's current token, see
 * users.ts), the signature the 43-character base64url HMAC-SHA256 of the payload under the
 * server's secret. Only `[A-Za-z0-9_-]` occur: no quoting needed in a Cookie header. A value
 * whose signature does not match (tampered, or signed with another secret), that is malformed or
 * that has expired verifies as null; the signature is compared in constant time.
 */
import * as crypto from "node:crypto";

export const SESSION_COOKIE = "selaras_session";
/** How long a login lasts unless the server says otherwise: 12 hours (a working day). */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

const SIG_LENGTH = 43; // base64url of 32 bytes, no padding
const B64URL = /^[A-Za-z0-9_-]+$/;

export interface SessionClaims {
  /** The user's name. */
  readonly name: string;
  /** A fingerprint of the user's token when the session began (rotating the token ends the session). */
  readonly key: string;
  /** When the session ends, in milliseconds since the epoch (whole seconds). */
  readonly expires: number;
}

function sign(secret: string | Buffer, payload: string): string {
  return crypto.createHmac("sha256", secret).update("selaras-session.v1\u0000").update(payload).digest("base64url");
}

/** A new signed session value for `name`/`key`, valid `ttlSeconds` from `now` (ms). */
export function createSessionValue(secret: string | Buffer, claims: { name: string; key: string }, now: number, ttlSeconds: number = SESSION_TTL_SECONDS): string {
  const e = Math.floor(now / 1000) + Math.max(1, Math.floor(ttlSeconds));
  const payload = Buffer.from(JSON.stringify({ n: claims.name, k: claims.key, e }), "utf8").toString("base64url");
  return sign(secret, payload) + payload;
}

/** The claims of a genuine, unexpired session value, else null. */
export function verifySessionValue(secret: string | Buffer, value: string | undefined | null, now: number): SessionClaims | null {
  if (typeof value !== "string" || value.length <= SIG_LENGTH || value.length > 4096 || !B64URL.test(value)) return null;
  const sig = Buffer.from(value.slice(0, SIG_LENGTH), "utf8");
  const payload = value.slice(SIG_LENGTH);
  const expected = Buffer.from(sign(secret, payload), "utf8");
  if (sig.length !== expected.length || !crypto.timingSafeEqual(sig, expected)) return null;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const d = data as { n?: unknown; k?: unknown; e?: unknown };
  if (typeof d !== "object" || d === null || typeof d.n !== "string" || typeof d.k !== "string" || typeof d.e !== "number" || !Number.isFinite(d.e)) return null;
  const expires = d.e * 1000;
  if (now >= expires) return null;
  return { name: d.n, key: d.k, expires };
}

export interface CookieOptions {
  /** Adds Max-Age (seconds); without it the cookie lasts until the browser closes (the value still expires). */
  readonly maxAge?: number;
  /** Adds Secure (only when the page is served over HTTPS, e.g. behind a TLS proxy). */
  readonly secure?: boolean;
}

/** The Set-Cookie header value that stores a session: HttpOnly, SameSite=Strict, Path=/. */
export function sessionCookie(value: string, o: CookieOptions = {}): string {
  return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/`
    + (o.maxAge !== undefined ? `; Max-Age=${Math.max(0, Math.floor(o.maxAge))}` : "")
    + (o.secure ? "; Secure" : "");
}

/** The Set-Cookie header value that ends a session (logout). */
export function clearSessionCookie(o: { secure?: boolean } = {}): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` + (o.secure ? "; Secure" : "");
}

/** One cookie's value from a Cookie request header (the first of that name), or undefined. */
export function readCookie(header: string | undefined | null, name: string = SESSION_COOKIE): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
