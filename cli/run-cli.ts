/** Entry of the built CLI: runs `main` and exits with its code once output is flushed. */
import { main } from './countersignal';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`countersignal: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
