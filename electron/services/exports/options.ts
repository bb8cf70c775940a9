import { exportOptionsSchema } from '../../../shared/api/exports';
import type { Language } from '../../../shared/domain/views';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import { AppError } from '../../../shared/errors';
import { getMeta, setMeta } from '../../store/queries/meta';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { roundInCampaign } from './queries';
import type { Words } from './words';
import { wordsFor } from './words';

const key = (campaignId: string) => `exports.options.${campaignId}`;

export function defaultOptions(unitName: string, language: Language): ExportOptions {
  return {
    sheets: ['summary', 'statistics', 'notice'],
    roundId: null,
    starColumns: 'check',
    unitName,
    date: '',
    noticeFrom: '',
    noticeTo: '',
    objectionPhone: '',
    language,
  };
}

/** The county's organization department as set up, else one made from the county's name. */
function defaultUnit(words: Words, county: { name: string; department: string | null }): string {
  return county.department ?? words.t('exports.defaultUnit', { county: county.name });
}

/** The campaign's remembered options; a stored value that no longer parses falls back to defaults. */
export function getExportOptions(
  ctx: ServiceContext,
  input: { campaignId: string },
): ExportOptions {
  const { campaignId } = input;
  const campaign = requireCampaign(ctx, campaignId);
  const words = wordsFor(ctx);
  const defaults = defaultOptions(
    defaultUnit(words, { name: campaign.county_name, department: campaign.county_department }),
    words.language,
  );
  const stored = getMeta(ctx.db, key(campaignId));
  if (stored === undefined) return defaults;
  try {
    // Options saved before the language was one of them take the user's language.
    const saved = { language: words.language, ...(JSON.parse(stored) as object) };
    const parsed = exportOptionsSchema.safeParse(saved);
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
    if (!roundInCampaign(ctx.db, options.roundId, campaignId))
      throw new AppError('NOT_FOUND', 'Round is not in this campaign', { entity: 'round' });
  }
}

export function saveExportOptions(
  ctx: ServiceContext,
  input: { campaignId: string; options: ExportOptions },
): ExportOptions {
  const { campaignId, options } = input;
  requireCampaign(ctx, campaignId);
  checkOptions(ctx, campaignId, options);
  const unique = { ...options, sheets: [...new Set(options.sheets)] };
  write(ctx, () => setMeta(ctx.db, key(campaignId), JSON.stringify(unique)));
  return unique;
}
