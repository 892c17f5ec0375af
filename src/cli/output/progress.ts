/**
 * Progress bars for long operations (cli-progress), drawn on standard error only when it is a
 * terminal and the command is not printing JSON. Otherwise every call is a no-op.
 */
import cliProgress from "cli-progress";
import type { CommandContext } from "../context";
import { sanitizeTerminal } from "../../text/control";

export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function createProgress(ctx: CommandContext, enabled: boolean, labelKey = "cli.progress.working"): Progress {
  if (!enabled || !ctx.io.isErrTTY || ctx.io.env.CI) return silent;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total, label = "") {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format: `${ctx.t(labelKey)} [{bar}] {value}/{total} {label}`,
            stream: process.stderr,
            clearOnComplete: true,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { label: "" });
      }
      bar.setTotal(total);
      bar.update(done, { label: sanitizeTerminal(label) });
    },
    stop() {
      bar?.stop();
    },
  };
}
