import { exportOptionsSchema } from '../../../shared/api/exports';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import { AppError } from '../../../shared/errors';
import { getMeta, setMeta } from '../../store/queries/meta';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import type { Words } from './words';
import { wordsFor } from './words';

const key = (campaignId: string) => `exports.options.${campaignId}`;

export function defaultOptions(unitName: string): ExportOptions {
  return {
    sheets: ['summary', 'statistics', 'notice'],
    roundId: null,
    starColumns: 'check',
    unitName,
    date: '',
    noticeFrom: '',
    noticeTo: '',
    objectionPhone: '',
  };
}

function defaultUnit(words: Words, countyName: string): string {
  return words.t('exports.defaultUnit', { county: countyName });
}

/** The campaign's remembered options; a stored value that no longer parses falls back to defaults. */
export function getExportOptions(ctx: ServiceContext, campaignId: string): ExportOptions {
  const campaign = requireCampaign(ctx, campaignId);
  const defaults = defaultOptions(defaultUnit(wordsFor(ctx), campaign.county_name));
  const stored = getMeta(ctx.db, key(campaignId));
  if (stored === undefined) return defaults;
  try {
    const parsed = exportOptionsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : defaults;
  } catch {
    return defaults;
  }
}

export function checkOptions(
  ctx: ServiceContext,
  campaignId: string,
  options: ExportOptions,
): void {
  if (options.noticeFrom && options.noticeTo && options.noticeTo < options.noticeFrom) {
    throw new AppError('INVALID_INPUT', 'The notice period ends before it starts', {
      path: 'options.noticeTo',
    });
  }
  if (options.roundId !== null) {
    const round = ctx.db
      .prepare('SELECT 1 AS found FROM rounds WHERE id = ? AND campaign_id = ?')
      .get(options.roundId, campaignId);
    if (!round)
      throw new AppError('NOT_FOUND', 'Round is not in this campaign', { entity: 'round' });
  }
}

export function saveExportOptions(
  ctx: ServiceContext,
  campaignId: string,
  options: ExportOptions,
): ExportOptions {
  requireCampaign(ctx, campaignId);
  checkOptions(ctx, campaignId, options);
  const unique = { ...options, sheets: [...new Set(options.sheets)] };
  setMeta(ctx.db, key(campaignId), JSON.stringify(unique));
  return unique;
}
