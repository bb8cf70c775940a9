import type { ServiceContext } from '../context';

/** `files.release`: the page is done with these chosen files (a dialog closed). */
export async function releaseFiles(
  ctx: ServiceContext,
  input: { ids: string[] },
): Promise<{ released: number }> {
  let released = 0;
  for (const id of input.ids) if (await ctx.files.inbox.release(id)) released += 1;
  return { released };
}

/** `jobs.cancel`: stops a job still reading or building in its worker. */
export function cancelJob(ctx: ServiceContext, input: { jobId: string }): { cancelled: boolean } {
  return { cancelled: ctx.jobs.cancel(input.jobId) };
}
