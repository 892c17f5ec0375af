/**
 * THE list of commands, sorted by name. One file per command; each exports a factory
 * `(ctx) => CommandModule` that parses flags, calls one library function and renders the result.
 */
import type { CommandModule } from "yargs";
import type { CommandContext } from "../context";
import { alignCommand } from "./align";
import { auditCommand } from "./audit";
import { checkCommand } from "./check";
import { exportCommand } from "./export";
import { glossaryCommand } from "./glossary";
import { historyCommand } from "./history";
import { importCommand } from "./import";
import { ingestCommand } from "./ingest";
import { pipelineCommand } from "./pipeline";
import { segmentCommand } from "./segment";
import { segmentsCommand } from "./segments";
import { serveCommand } from "./serve";
import { statusCommand } from "./status";
import { termsCommand } from "./terms";
import { translateCommand } from "./translate";
import { translationsCommand } from "./translations";
import { usersCommand } from "./users";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandFactory = (ctx: CommandContext) => CommandModule<any, any>;

export const commands: readonly CommandFactory[] = [
  alignCommand,
  auditCommand,
  checkCommand,
  exportCommand,
  glossaryCommand,
  historyCommand,
  importCommand,
  ingestCommand,
  pipelineCommand,
  segmentCommand,
  segmentsCommand,
  serveCommand,
  statusCommand,
  termsCommand,
  translateCommand,
  translationsCommand,
  usersCommand,
];
