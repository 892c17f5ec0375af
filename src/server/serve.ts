/**
 * Starting the workbench: the address rules (loopback only until users exist), listening, and the
 * URL to print. The database is opened once by the caller and shared by every request (WAL, busy
 * timeout: CLI commands run beside the server).
 */
import { loadInterruptedSaves, type InterruptedSaves } from "../app/interrupted-saves";
import { UsageError } from "../errors";
import type { Lang } from "../i18n";
import type { Store } from "../store";
import { buildServer } from "./app";
import type { FastifyInstance } from "fastify";

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = "127.0.0.1";

export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Binding an address other people can reach needs logins; with no users configured only a
 * loopback address is served (as the local user). Throws UsageError `serve-needs-users` (exit 2).
 */
export function assertServable(host: string, usersConfigured: number): void {
  if (!isLoopback(host) && usersConfigured === 0) throw new UsageError("serve-needs-users", { host });
}

export interface StartOptions {
  readonly store: Store;
  readonly root?: string;
  readonly author: string;
  readonly host: string;
  readonly port: number;
  readonly lang?: Lang;
}

export interface Running {
  readonly url: string;
  readonly app: FastifyInstance;
  /** The translations files a killed server or command had written and not committed, loaded before listening (app/interrupted-saves.ts). */
  readonly interrupted: InterruptedSaves;
  close(): Promise<void>;
}

function hostForUrl(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

export async function startServer(o: StartOptions): Promise<Running> {
  assertServable(o.host, o.store.users.count());
  // (saves a killed server or command wrote to translations/ and not to the database: loaded, as
  // `translations import` would, so that no save in those documents is refused)
  // (one that cannot be loaded — edited by hand since, and malformed — is left as before: the saves in
  // its document are refused with translations-file-changed, and `translations import` names the line)
  let interrupted: InterruptedSaves = { files: [], result: null };
  try {
    if (o.root !== undefined) interrupted = loadInterruptedSaves(o.store, o.root, { author: o.author, now: new Date().toISOString() });
  } catch { /* left to a person, as above */ }
  // The Host header is checked once the port is known (port 0 picks a free one).
  const hosts: string[] = [];
  const app = buildServer({ store: o.store, author: o.author, allowedHosts: hosts, tmCatchUp: true, warmUp: true, ...(o.root !== undefined ? { root: o.root } : {}), ...(o.lang ? { lang: o.lang } : {}) });
  try {
    await app.listen({ host: o.host, port: o.port });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError("serve-listen-failed", { host: o.host, port: o.port, reason: err.code ?? err.message });
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : o.port;
  const h = hostForUrl(o.host);
  hosts.push(`${h}:${port}`.toLowerCase());
  if (isLoopback(o.host)) hosts.push(`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`);
  return { url: `http://${h}:${port}/`, app, interrupted, close: () => app.close() };
}
