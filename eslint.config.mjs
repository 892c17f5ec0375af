// ESLint flat config: `npm run lint` (part of `npm test` and CI).
// typescript-eslint's recommended rules without type information, so linting stays fast and needs no build.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "exports/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS helpers (a jest transform) run by Node as they are.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", exports: "writable", __dirname: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The CLI loads a command's implementation (app layer, store, server, report writers) when that
    // command runs, by a typed require() in the command file, so that starting the CLI does not load
    // every command's dependencies (docs/architecture.md#the-cli-starts-light); bin.ts loads the CLI
    // only when it does not start it again in a child Node (src/cli/heap.ts).
    files: ["src/cli/commands/*.ts", "src/cli/context.ts", "src/cli/bin.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The exchange formats find control characters on purpose, to escape them or refuse them; tests
    // look for them (terminal escapes, refused input).
    files: ["src/formats/**/*.ts", "test/**/*.ts"],
    rules: { "no-control-regex": "off" },
  },
);
