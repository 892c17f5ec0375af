/** `selaras serve [--port 4173] [--host 127.0.0.1] [--open]` — the browser workbench (docs/workbench.md). */
import { spawn } from "node:child_process";
import * as path from "node:path";
import type { CommandModule } from "yargs";
import type { CommandContext, GlobalArgs } from "../context";
import { UsageError } from "../../errors";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const translateApp = (): typeof import("../../app/translate") => require("../../app/translate");
const server = (): typeof import("../../server/serve") => require("../../server/serve");

interface Args extends GlobalArgs { port: number; host: string; open: boolean }

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd as string, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch { /* no browser opener: the URL is printed anyway */ }
}

export const serveCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "serve",
  describe: ctx.t("cli.serve.describe"),
  builder: (y) => y
    .option("port", { type: "number", default: server().DEFAULT_PORT, describe: ctx.t("cli.serve.port") })
    .option("host", { type: "string", default: server().DEFAULT_HOST, describe: ctx.t("cli.serve.host") })
    .option("open", { type: "boolean", default: false, describe: ctx.t("cli.serve.open") }),
  handler: async (args) => {
    // (Node refused a port out of range only when listening, in its own words: ERR_SOCKET_BAD_PORT)
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
      // (named as typed: `0x10000`, `1e5`, not the number yargs made of it)
      const value = ctx.given("port") ?? String(args.port);
      throw new UsageError("usage", { message: ctx.t("cli.serve.bad-port", { value }), command: "serve", option: "--port", value });
    }
    const store = ctx.openStore(args);
    try {
      server().assertServable(args.host, store.users.count());
    } catch (e) {
      store.close();
      throw e;
    }
    const root = lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd);
    let running;
    try {
      running = await server().startServer({
        store, host: args.host, port: args.port, author: translateApp().resolveAuthor(undefined, ctx.io.cwd), lang: ctx.lang,
        ...(root !== undefined ? { root } : {}),
      });
    } catch (e) {
      store.close();
      throw e;
    }
    const { files, result } = running.interrupted;
    if (result) ctx.out(ctx.t("cli.serve.interrupted", { files: files.map((f) => path.relative(ctx.io.cwd, f) || f).join(", "), updated: result.updated, created: result.created }));
    ctx.out(ctx.t("cli.serve.listening", { url: running.url }));
    if (args.open) openBrowser(running.url);
    await new Promise<void>((resolve) => {
      const stop = () => { process.off("SIGINT", stop); process.off("SIGTERM", stop); resolve(); };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await running.close();
    store.close();
    ctx.out(ctx.t("cli.serve.stopped"));
  },
});
