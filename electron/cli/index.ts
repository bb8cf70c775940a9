import { join } from 'node:path';
import { runCli } from './main';

// Entry of the `xingping` command (bin/xingping.js loads the built copy of this file).
const rendererDir = join(__dirname, '../renderer');

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  rendererDir,
  onServing: (_host, close) => {
    const stop = (): void => {
      void close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
}).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
