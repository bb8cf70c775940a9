import { getMeta, setMeta } from '../../store/queries/meta';
import { requireCampaign } from '../campaigns/service';
import type { ServiceContext } from '../context';

/** 10 points: a gap this large between two rounds is worth a second look by default. */
export const DEFAULT_GAP_THRESHOLD = 1000;

function key(campaignId: string): string {
  return `progress.gapThreshold.${campaignId}`;
}

/** The campaign's gap threshold in hundredths. */
export function getGapThreshold(ctx: ServiceContext, campaignId: string): number {
  requireCampaign(ctx, campaignId);
  const raw = getMeta(ctx.db, key(campaignId));
  if (raw === undefined) return DEFAULT_GAP_THRESHOLD;
  // A hand-edited value that is not a whole number of hundredths falls back to the default.
  const stored = Number(raw);
  return Number.isInteger(stored) && stored >= 0 ? stored : DEFAULT_GAP_THRESHOLD;
}

export function setGapThreshold(
  ctx: ServiceContext,
  campaignId: string,
  threshold: number,
): number {
  ctx.db
    .transaction(() => {
      requireCampaign(ctx, campaignId);
      setMeta(ctx.db, key(campaignId), String(threshold));
    })
    .immediate();
  return threshold;
}
