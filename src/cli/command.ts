/**
 * Typed command definitions: the handler's arguments are the options the builder declares, so a
 * command needs no casts between yargs's inferred types and the shape its handler reads.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from "yargs";
import type { GlobalArgs } from "./context";

export interface CommandDefinition<T, U> {
  command: string;
  describe: string;
  builder: (y: Argv<T>) => Argv<U>;
  handler: (args: ArgumentsCamelCase<U>) => void | Promise<void>;
}

/** A command (or sub-command) of the CLI; `T` is what the parent command parsed. */
export function defineCommand<U, T = GlobalArgs>(def: CommandDefinition<T, U>): CommandModule<T, U> {
  return def;
}

/**
 * A command whose positional is a name (a document) and that has sub-commands: no "did you mean …?"
 * for a name a few letters from a sub-command (`translate test` is the document "test", not a
 * mistyped `set`). yargs takes `recommendCommands(false)`; its typings omit the argument.
 */
export function namesAreNotCommands<T>(y: Argv<T>): Argv<T> {
  return (y as unknown as { recommendCommands(recommend: boolean): Argv<T> }).recommendCommands(false);
}
