/**
 * THE list of commands, sorted by name. One file per command; each exports a factory
 * `(ctx) => CommandModule` that parses flags, calls one library function and renders the result.
 */
import type { CommandModule } from "yargs";
import type { CommandContext } from "../context";
import { ingestCommand } from "./ingest";
import { pipelineCommand } from "./pipeline";
import { segmentCommand } from "./segment";
import { statusCommand } from "./status";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandFactory = (ctx: CommandContext) => CommandModule<any, any>;

export const commands: readonly CommandFactory[] = [
  ingestCommand,
  pipelineCommand,
  segmentCommand,
  statusCommand,
];
