import type { TFunction } from 'i18next';
import type { DamagedStart } from '../services/recovery';
import type { CliIo } from './io';

/** What was found and where the file went, in the user's language (stderr). */
export function reportDamage(t: TFunction, io: CliIo, damaged: DamagedStart): void {
  io.err(t('cli.damaged', { damage: t(`recovery.damage.${damaged.damage}`) }));
  io.err(t('cli.damagedMoved', { movedTo: damaged.movedTo }));
}
