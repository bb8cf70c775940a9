import { getMeta, setMeta } from '../../store/queries/meta';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';

/** 10 points: a gap this large between two rounds is worth a second look by default. */
export const DEFAULT_GAP_THRESHOLD = 1000;

function key(campaignId: string): string {
  return `progress.gapThreshold.${campaignId}`;
}

/** The campaign's gap threshold in hundredths. */
export function getGapThreshold(ctx: ServiceContext, input: { campaignId: string }): number {
  requireCampaign(ctx, input.campaignId);
  const raw = getMeta(ctx.db, key(input.campaignId));
  if (raw === undefined) return DEFAULT_GAP_THRESHOLD;
  // A hand-edited value that is not a whole number of hundredths falls back to the default.
  const stored = Number(raw);
  return Number.isInteger(stored) && stored >= 0 ? stored : DEFAULT_GAP_THRESHOLD;
}

/** `progress.getThreshold`. */
export function thresholdView(
  ctx: ServiceContext,
  input: { campaignId: string },
): { threshold: number } {
  return { threshold: getGapThreshold(ctx, input) };
}

/** `progress.setThreshold`. */
export function setGapThreshold(
  ctx: ServiceContext,
  input: { campaignId: string; threshold: number },
): { threshold: number } {
  write(ctx, () => {
    requireCampaign(ctx, input.campaignId);
    setMeta(ctx.db, key(input.campaignId), String(input.threshold));
  });
  return { threshold: input.threshold };
}
