import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { version } from '../../package.json';
import { AppError } from '../../shared/errors';
import { createMainI18n, describeAppError, languageFromEnv } from '../i18n';
import { setQuiet } from '../logger';
import { startSession } from '../services/recovery';
import { reportDamage } from './damage';
import type { WebHost } from '../host/server';
import { startWebHost } from '../host/server';
import type { CliIo } from './io';
import type { BackupValues } from './backup';
import { runBackup, runRestore } from './backup';
import { runDemo, runInit } from './setup';
import { runVerify } from './verify';
import { runVerifyFile } from './verify-file';
import type { ExchangeValues } from './exchange';
import { runExportPackage, runImportPackage } from './exchange';
import type { CliValues } from './setup';
import { defaultDataFile } from './paths';

export type { CliIo } from './io';

const text = { type: 'string' } as const;
/** Each command's options: anything else is refused, not silently ignored. */
const OPTIONS = {
  init: { db: text, county: text, code: text, department: text, operator: text },
  demo: { db: text, operator: text },
  serve: { db: text, port: text },
  backup: { db: text, to: text },
  restore: { db: text, from: text, yes: { type: 'boolean' } },
  verify: { db: text, fingerprint: text },
  'verify-file': { db: text, sig: text },
  'export-package': { db: text, out: text, since: text, township: text },
  'import-package': { db: text, preview: { type: 'boolean' } },
} as const;
type Command = keyof typeof OPTIONS;

function isCommand(value: string): value is Command {
  return Object.prototype.hasOwnProperty.call(OPTIONS, value);
}

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
  if (!isCommand(command)) {
    io.err(t('cli.unknownCommand', { command }));
    io.err(t('cli.help', { version }));
    return 2;
  }
  type Values = CliValues &
    BackupValues &
    ExchangeValues & { port?: string; help?: boolean; fingerprint?: string; sig?: string };
  let values: Values;
  let positionals: string[];
  try {
    // Every option is text or a flag (help, --yes), so the parsed values are exactly these.
    const parsed = parseArgs({
      args: rest,
      options: { ...OPTIONS[command], help: { type: 'boolean', short: 'h' } },
      strict: true,
      // Only verify-file and import-package name their file without an option.
      allowPositionals: command === 'verify-file' || command === 'import-package',
    });
    values = parsed.values as Values;
    positionals = parsed.positionals;
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
    if (command === 'serve') return await runServe(t, io, values.db, values.port);
    if (command === 'backup') return await runBackup(t, io, values);
    if (command === 'restore') return await runRestore(t, io, values);
    if (command === 'verify') return runVerify(t, io, values);
    if (command === 'verify-file') return await runVerifyFile(t, io, positionals[0], values);
    if (command === 'export-package') return await runExportPackage(t, io, values);
    if (command === 'import-package') return await runImportPackage(t, io, positionals[0], values);
    return command === 'init' ? await runInit(t, io, values) : await runDemo(t, io, values);
  } catch (error) {
    if (error instanceof AppError) {
      io.err(t('cli.failed', { message: describeAppError(t, error) }));
      io.err(error.message);
      return 1;
    }
    throw error;
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
  // A damaged file is moved aside here and the browser shows the recovery screen.
  const session = startSession({
    dbFile,
    host: 'web',
    version,
    prewarmWorker: true,
    backupSchedule: true,
  });
  let host: WebHost;
  try {
    host = await startWebHost({
      registry: session.registry,
      files: session.files,
      events: session.events,
      rendererDir: io.rendererDir,
      port,
    });
  } catch (error) {
    session.close();
    io.err(
      t('cli.listenFailed', {
        port,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    return 1;
  }
  // Said on stderr first, so in a terminal the address is the last thing shown, below the build
  // output of `npm run web`; it is still the first stdout line, which scripts and tests read.
  if (session.damaged) {
    reportDamage(t, io, session.damaged);
    io.err(t('cli.damagedServe'));
  } else {
    io.err(t('cli.serving', { file: resolve(dbFile) }));
  }
  io.out(host.url);
  const close = async (): Promise<void> => {
    await host.close();
    session.close();
  };
  io.onServing?.(host, close);
  return 0;
}
