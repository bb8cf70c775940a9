import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { version } from '../../package.json';
import { AppError } from '../../shared/errors';
import { createMainI18n, languageFromEnv } from '../i18n';
import { setQuiet } from '../logger';
import { startServices } from '../services/app';
import { seedDemo } from '../services/demo';
import type { WebHost } from '../host/server';
import { startWebHost } from '../host/server';
import { defaultDataFile } from './paths';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Folder of the built renderer, for `serve`. */
  rendererDir: string;
  /** Called once the web host listens; the CLI entry waits for a signal, tests close it. */
  onServing?: (host: WebHost, close: () => Promise<void>) => void;
}

const COMMANDS = ['demo', 'serve'] as const;

/** `xingping <command> [options]`; returns the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const t = createMainI18n(languageFromEnv(io.env)).t;
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(t('cli.help', { version }));
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(version);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(t('cli.unknownCommand', { command }));
    io.err(t('cli.help', { version }));
    return 2;
  }
  let values: { db?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(
      t('cli.badArguments', { message: error instanceof Error ? error.message : String(error) }),
    );
    io.err(t(`cli.help_${command}`));
    return 2;
  }
  if (values.help) {
    io.out(t(`cli.help_${command}`));
    return 0;
  }
  try {
    return command === 'demo'
      ? runDemo(t, io, values.db)
      : await runServe(t, io, values.db, values.port);
  } catch (error) {
    if (error instanceof AppError) {
      io.err(t('cli.failed', { message: t(`errors.${error.code}`, error.details ?? {}) }));
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

function runDemo(t: TFunction, io: CliIo, db: string | undefined): number {
  if (!db) {
    io.err(t('cli.dbRequired'));
    io.err(t('cli.help_demo'));
    return 2;
  }
  mkdirSync(dirname(db), { recursive: true });
  setQuiet(true);
  const services = startServices({ dbFile: db, host: 'cli', version, seedDemo: false });
  try {
    const campaign = seedDemo(services.ctx);
    io.out(
      t('cli.demoCreated', {
        name: campaign.name,
        branches: campaign.branchCount,
        file: services.ctx.info.dataFile,
      }),
    );
    return 0;
  } finally {
    services.close();
  }
}

async function runServe(
  t: TFunction,
  io: CliIo,
  db: string | undefined,
  portText: string | undefined,
): Promise<number> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(t('cli.badPort', { port: portText }));
    return 2;
  }
  const dbFile = db ?? defaultDataFile(process.platform, io.env);
  mkdirSync(dirname(dbFile), { recursive: true });
  setQuiet(true);
  const services = startServices({ dbFile, host: 'web', version, prewarmWorker: true });
  let host: WebHost;
  try {
    host = await startWebHost({
      registry: services.registry,
      files: services.ctx.files,
      events: services.events,
      rendererDir: io.rendererDir,
      port,
    });
  } catch (error) {
    services.close();
    io.err(
      t('cli.listenFailed', {
        port,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    return 1;
  }
  // The URL is the first stdout line on purpose: scripts and tests read it.
  io.out(host.url);
  io.err(t('cli.serving', { file: services.ctx.info.dataFile }));
  const close = async (): Promise<void> => {
    await host.close();
    services.close();
  };
  io.onServing?.(host, close);
  return 0;
}
