import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TFunction } from 'i18next';
import { version } from '../../package.json';
import type { MethodName } from '../../shared/api';
import type { CampaignSummary, CountyView, Preferences } from '../../shared/domain/views';
import { AppError, isErrorCode } from '../../shared/errors';
import { setQuiet } from '../logger';
import type { AppServices } from '../services/app';
import { startSession } from '../services/recovery';
import { reportDamage } from './damage';
import type { CliIo } from './io';

/** The options `init` and `demo` take (all text, checked by the contract like any call). */
export interface CliValues {
  db?: string | undefined;
  county?: string | undefined;
  code?: string | undefined;
  department?: string | undefined;
  operator?: string | undefined;
}

/** Through the registry, so the CLI's input is validated exactly as the app's. */
async function call<T>(services: AppServices, method: MethodName, input: unknown): Promise<T> {
  const result = await services.registry.call(method, input);
  if (result.ok) return result.data as T;
  const { code, message, details } = result.error;
  throw new AppError(isErrorCode(code) ? code : 'INTERNAL', message, details);
}

/**
 * Opens the file for a command that changes data. Every change is audited under a person's
 * name: `--operator` names (and remembers) the operator of this data file, else the one already
 * remembered is used; with neither the command stops before changing anything.
 */
async function open(
  t: TFunction,
  io: CliIo,
  values: CliValues,
  command: 'init' | 'demo',
): Promise<AppServices | number> {
  if (!values.db) {
    io.err(t('cli.dbRequired'));
    io.err(t(`cli.help_${command}`));
    return 2;
  }
  mkdirSync(dirname(values.db), { recursive: true });
  setQuiet(true);
  // A damaged file is moved aside and reported; nothing is created in its place.
  const session = startSession({ dbFile: values.db, host: 'cli', version });
  const services = session.services();
  if (!services) {
    if (session.damaged) reportDamage(t, io, session.damaged);
    io.err(t('cli.damagedDemo'));
    session.close();
    return 1;
  }
  try {
    if (values.operator !== undefined) {
      await call(services, 'preferences.update', { operatorName: values.operator });
    }
    const { operatorName } = await call<Preferences>(services, 'preferences.get', {});
    if (operatorName === null) {
      io.err(t('cli.operatorRequired'));
      io.err(t(`cli.help_${command}`));
      services.close();
      return 2;
    }
    return services;
  } catch (error) {
    services.close();
    throw error;
  }
}

/** `xingping init --db F --county 青山县 [--code …] [--department …] [--operator …]`. */
export async function runInit(t: TFunction, io: CliIo, values: CliValues): Promise<number> {
  if (!values.county) {
    io.err(t('cli.countyRequired'));
    io.err(t('cli.help_init'));
    return 2;
  }
  const services = await open(t, io, values, 'init');
  if (typeof services === 'number') return services;
  try {
    const county = await call<CountyView>(services, 'counties.create', {
      name: values.county,
      ...(values.code === undefined ? {} : { code: values.code }),
      ...(values.department === undefined ? {} : { department: values.department }),
    });
    io.out(
      t('cli.countyCreated', {
        name: county.name,
        code: county.code ?? t('cli.none'),
        department: county.department ?? t('cli.none'),
        file: services.ctx.info.dataFile,
        operator: services.ctx.actor,
      }),
    );
    return 0;
  } finally {
    services.close();
  }
}

/** `xingping demo --db F [--operator …]`: the demo campaign, in its own county. */
export async function runDemo(t: TFunction, io: CliIo, values: CliValues): Promise<number> {
  const services = await open(t, io, values, 'demo');
  if (typeof services === 'number') return services;
  try {
    const campaign = await call<CampaignSummary>(services, 'campaigns.createDemo', {});
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
