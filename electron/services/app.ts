import { resolve } from 'node:path';
import type { AppInfo } from '../../shared/domain/views';
import { openStore } from '../store/open';
import type { ContextOptions, ServiceContext } from './context';
import { createContext } from './context';
import { seedDemoIfEmpty } from './demo';
import { handlers } from './handlers';
import { tuneHeap } from './heap';
import type { Registry } from './registry';
import { createRegistry } from './registry';

export interface AppServices {
  registry: Registry;
  ctx: ServiceContext;
  close(): void;
}

export interface StartOptions extends ContextOptions {
  dbFile: string;
  host: AppInfo['host'];
  version: string;
  /**
   * Create the demo campaign when the database has none (tests that start from the demo). The
   * app never seeds silently: a new database opens on the welcome screen, which offers the demo.
   */
  seedDemo?: boolean;
}

/** Opens the store and wires the registry: the same start-up for Electron, web host and CLI. */
export function startServices(options: StartOptions): AppServices {
  tuneHeap();
  const dataFile = options.dbFile === ':memory:' ? ':memory:' : resolve(options.dbFile);
  const db = openStore(dataFile);
  try {
    const ctx = createContext(
      db,
      { version: options.version, dataFile, host: options.host },
      options,
    );
    if (options.seedDemo === true) seedDemoIfEmpty(ctx);
    return { registry: createRegistry(handlers, ctx), ctx, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
