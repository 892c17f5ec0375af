/** `selaras segment <file|->` — prints the segments of one article (boilerplate included). */
import type { CommandModule } from "yargs";
import { segmentFile } from "../../app/segment";
import type { CommandContext, GlobalArgs } from "../context";

interface Args extends GlobalArgs { file: string }

export const segmentCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "segment <file>",
  describe: ctx.t("cli.segment.describe"),
  builder: (y) => y.positional("file", { type: "string", demandOption: true, describe: ctx.t("cli.segment.file") }) as never,
  handler: (args) => {
    const spans = segmentFile(args.file);
    if (args.json) {
      ctx.json(spans.map((s) => ({ text: s.text, start: s.start, end: s.end, kind: s.kind, paragraph: s.paragraph, suspect: s.suspect })));
      return;
    }
    for (const s of spans) ctx.out(s.text);
  },
});
