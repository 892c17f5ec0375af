/** `selaras segment <file|->` — prints the segments of one article (boilerplate included). */
import type { CommandModule } from "yargs";
import type { CommandContext, GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const segmentApp = (): typeof import("../../app/segment") => require("../../app/segment");

interface Args extends GlobalArgs { file: string }

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

export const segmentCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "segment <file>",
  describe: ctx.t("cli.segment.describe"),
  builder: (y) => y.positional("file", { type: "string", demandOption: true, describe: ctx.t("cli.segment.file") }),
  handler: async (args) => {
    // yargs hands a lone "-" over as an empty string.
    const file = String(args.file ?? "");
    const spans = file === "-" || file === "" ? segmentApp().segmentBytes(await readAll(ctx.io.stdin)) : segmentApp().segmentFile(file);
    if (args.json) {
      ctx.json(spans.map((s) => ({ text: s.text, start: s.start, end: s.end, kind: s.kind, paragraph: s.paragraph, suspect: s.suspect })));
      return;
    }
    for (const s of spans) ctx.out(s.text);
  },
});
