/**
 * Jest's global set-up: builds the workbench page (dist/web) once, before any suite runs. The
 * browser suites used to build it each in their own beforeAll, so suites running in parallel wrote
 * app.js while another suite's server was serving it (a half-written bundle, a failed page).
 */
import { buildWeb } from "../../src/web/build";

export default async function globalSetup(): Promise<void> {
  await buildWeb({ typecheck: false });
}
