/** The program version (kept in step with package.json by test/meta/conventions.test.ts). */
export const VERSION = "0.1.0";
export const TOOL_NAME = "Selaras";
