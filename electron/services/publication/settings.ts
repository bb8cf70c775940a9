import { DEFAULT_AUTHORITY, type NamingAuthority } from '../../../shared/domain/publication/naming';
import {
  DEFAULT_STAR_RULES,
  type StarRules,
} from '../../../shared/domain/publication/star-history';
import type { NamingSettingsView } from '../../../shared/domain/views/publication';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { deleteSetting, readSetting, writeSetting } from './queries';

/** Which levels the county names, and its star rules; the defaults where nothing is stored. */
export function namingSettings(ctx: ServiceContext, countyId: string): NamingSettingsView {
  const authority = readSetting(ctx.db, countyId, 'authority') as NamingAuthority | undefined;
  const rules = readSetting(ctx.db, countyId, 'star-rules') as StarRules | undefined;
  return {
    countyId,
    authority: authority ?? DEFAULT_AUTHORITY,
    starRules: rules ?? DEFAULT_STAR_RULES,
    defaults: authority === undefined && rules === undefined,
  };
}

/** Stores both; null for either goes back to its default. */
export function setNamingSettings(
  ctx: ServiceContext,
  input: { countyId: string; authority: NamingAuthority | null; starRules: StarRules | null },
): NamingSettingsView {
  write(ctx, (tx) => {
    const before = namingSettings(ctx, input.countyId);
    for (const [key, value] of [
      ['authority', input.authority],
      ['star-rules', input.starRules],
    ] as const) {
      if (value === null) deleteSetting(ctx.db, input.countyId, key);
      else
        writeSetting(ctx.db, {
          countyId: input.countyId,
          key,
          value,
          by: ctx.actor,
          at: ctx.now(),
        });
    }
    tx.audit({
      action: 'update',
      entity: 'naming-settings',
      entityId: input.countyId,
      before: { authority: before.authority, starRules: before.starRules },
      after: { authority: input.authority, starRules: input.starRules },
    });
  });
  return namingSettings(ctx, input.countyId);
}
