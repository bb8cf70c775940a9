import type { WebHost } from '../host/server';

/** Where the CLI writes and what it knows of its process; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Folder of the built renderer, for `serve`. */
  rendererDir: string;
  /** Called once the web host listens; the CLI entry waits for a signal, tests close it. */
  onServing?: (host: WebHost, close: () => Promise<void>) => void;
}
