import type { ExportOptions } from '../../../shared/domain/views/exports';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import { safeFileName } from '../../workbook/file-name';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { rankingIfComputed } from '../ranking';
import { saveExportOptions } from './options';
import { listCampaignRounds } from './queries';
import { buildExportTask } from './tasks';
import { wordsFor } from './words';

/**
 * `exports.build`: remembers the options, then builds the workbook in a worker (which ranks on
 * its own read-only connection, so main keeps answering) and offers it behind a one-time link.
 * Rounds main has ranked at the current data go with the request: ranking a province again in
 * the worker, beside main's own ranking, cost ~45 MB more at the peak and ~1.3 s.
 */
export async function buildExport(
  ctx: ServiceContext,
  input: { campaignId: string; options: ExportOptions; jobId?: string | undefined },
): Promise<OutgoingFile> {
  const { campaignId, jobId } = input;
  const saved = saveExportOptions(ctx, input);
  const campaign = requireCampaign(ctx, campaignId);
  const words = wordsFor(ctx, saved.language);
  const day = saved.date || ctx.now().slice(0, 10);
  const fileName = safeFileName(`${campaign.name}-${words.t('exports.fileSuffix')}-${day}.xlsx`);
  const known = listCampaignRounds(ctx.db, campaignId).flatMap(
    (round) => rankingIfComputed(ctx, { campaignId, roundId: round.id }) ?? [],
  );
  return ctx.files.produce(async (target) => {
    await ctx.jobs.run(
      buildExportTask,
      { campaignId, options: saved, target, known },
      { jobId, fileName },
    );
    return fileName;
  });
}
