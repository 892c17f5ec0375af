/** Child process for test/e2e/concurrency: opens (creating and migrating) the database named in argv[2]. */
import { openStore } from "../../../src/store";

try {
  openStore(process.argv[2]!).close();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 3;
}
