/** `selaras users add <name> --role …` / `users list` / `users remove <name>` / `users token <name>` — workbench logins (docs/users.md). */
import type { CommandModule } from "yargs";
import { defineCommand } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const usersApp = (): typeof import("../../app/users") => require("../../app/users");

export const usersCommand = (ctx: CommandContext): CommandModule<GlobalArgs, GlobalArgs> => ({
  command: "users",
  describe: ctx.t("cli.users.describe"),
  builder: (y) => y
    .command(defineCommand({
      command: "add <name>",
      describe: ctx.t("cli.users.add-describe"),
      builder: (yy) => yy
        .positional("name", { type: "string", demandOption: true, describe: ctx.t("cli.users.name") })
        .option("role", { type: "string", choices: usersApp().USER_ROLES as string[], demandOption: true, describe: ctx.t("cli.users.role") })
        .option("reset", { type: "boolean", default: false, describe: ctx.t("cli.users.reset") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const u = usersApp().addUser(store, String(args.name), String(args.role), { reset: args.reset, now: ctx.now() });
          if (args.json) ctx.json(u);
          else {
            ctx.out(ctx.t(u.replaced ? "cli.users.reset-done" : "cli.users.added", { name: u.name, role: ctx.t(`web.role.${u.role}`, { defaultValue: u.role }) }));
            ctx.out(ctx.t("cli.users.token", { token: u.token }));
          }
        });
      },
    }))
    .command(defineCommand({
      command: "list",
      describe: ctx.t("cli.users.list-describe"),
      builder: (b) => b,
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const users = usersApp().listUsers(store);
          if (args.json) ctx.json(users.map(({ name, role, createdAt }) => ({ name, role, createdAt })));
          else if (users.length === 0) ctx.out(ctx.t("cli.users.none"));
          else for (const u of users) ctx.out(ctx.t("cli.users.row", { name: u.name, role: ctx.t(`web.role.${u.role}`, { defaultValue: u.role }), created: u.createdAt }));
        }, { existing: true });
      },
    }))
    .command(defineCommand({
      command: "remove <name>",
      describe: ctx.t("cli.users.remove-describe"),
      builder: (yy) => yy.positional("name", { type: "string", demandOption: true, describe: ctx.t("cli.users.name") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const u = usersApp().removeUser(store, String(args.name));
          if (args.json) ctx.json({ name: u.name, role: u.role, removed: true });
          else ctx.out(ctx.t("cli.users.removed", { name: u.name }));
        }, { existing: true });
      },
    }))
    .command(defineCommand({
      command: "token <name>",
      describe: ctx.t("cli.users.token-describe"),
      builder: (yy) => yy.positional("name", { type: "string", demandOption: true, describe: ctx.t("cli.users.name") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const u = usersApp().rotateToken(store, String(args.name));
          if (args.json) ctx.json({ name: u.name, role: u.role, token: u.token });
          else {
            ctx.out(ctx.t("cli.users.rotated", { name: u.name, role: ctx.t(`web.role.${u.role}`, { defaultValue: u.role }) }));
            ctx.out(ctx.t("cli.users.token", { token: u.token }));
          }
        }, { existing: true });
      },
    }))
    .demandCommand(1, ctx.t("cli.demand-command")),
  handler: () => undefined,
});
