import type { BranchImportResult } from '../../../shared/domain/views/branch-import';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import { backupBefore } from '../backups';
import type { ServiceContext } from '../context';
import type { Analysis, BranchImportRequest } from './preview';
import { analyseBranchFile } from './preview';
import { branchKey, classify, loadExisting } from './classify';
import { nextSortOrders, writers } from './queries';
import { forgetLastRead } from './chosen-file';
import { townshipKind } from './words';

export interface ApplyRequest extends BranchImportRequest {
  onExisting: 'update' | 'skip';
  skipInvalid: boolean;
}

function refuseUnlessClean(analysis: Analysis, skipInvalid: boolean): void {
  const [first] = analysis.preview.fileProblems;
  if (first)
    throw new AppError('INVALID_INPUT', `The file cannot be imported: ${first.code}`, {
      path: 'file',
      problem: 'file-invalid',
      code: first.code,
    });
  const errors = analysis.preview.counts.error;
  if (errors > 0 && !skipInvalid)
    throw new AppError('INVALID_INPUT', `${errors} rows have errors; fix them or skip them`, {
      path: 'file',
      problem: 'rows-invalid',
      count: errors,
    });
}

/**
 * Imports the list: the file is read again here (its parse reused when it has not changed),
 * so what is applied is what the file says, not what a renderer sent. Everything happens in
 * one immediate transaction: townships, then branches, campaign membership (when importing into
 * a campaign) and audit entries; any failure leaves the database untouched. A row matched to an
 * existing branch under another spelling (西上屯村党支部 → 西上屯村) updates that branch and never
 * creates a second one. The chosen file is let go once it is stored.
 */
export async function applyBranchFile(
  ctx: ServiceContext,
  request: ApplyRequest,
): Promise<BranchImportResult> {
  // The preview's reading and matching when nothing has moved since (see analyseBranchFile).
  const analysis = await analyseBranchFile(ctx, request, true);
  refuseUnlessClean(analysis, request.skipInvalid);
  const { campaignId } = analysis;
  const isDemo = analysis.isDemo ? 1 : 0;
  const result: BranchImportResult = {
    townshipsCreated: 0,
    created: 0,
    updated: 0,
    enrolled: 0,
    unchanged: 0,
    skipped: 0,
    invalid: 0,
  };
  // The list is read and clean: keep the data as it is before changing it.
  await backupBefore(ctx, 'import');
  ctx.jobs.progress(request.jobId, 'write', 0, analysis.rows.length);
  write(ctx, (tx) => {
    // Matched again inside the lock: the database may have changed since the file was read.
    const existing = loadExisting(ctx.db, analysis.countyId, campaignId);
    const fresh = {
      countyId: analysis.countyId,
      existing,
      rows: classify(analysis.rows, existing),
    };
    const sql = writers(ctx.db);
    const next = nextSortOrders(ctx.db, fresh.countyId);
    const at = ctx.now();
    const reason = `branch import: ${analysis.fileName}`;
    const log = (action: string, entity: string, id: string, before: unknown, after: unknown) =>
      tx.audit({
        action,
        entity,
        entityId: id,
        ...(before === null ? {} : { before }),
        after,
        reason,
      });
    const sortAfter = (parentId: string): number => {
      const n = next.get(parentId) ?? 0;
      next.set(parentId, n + 1);
      return n;
    };
    const townshipIds = new Map<string, string>();
    for (const [key, t] of fresh.existing.townships) townshipIds.set(key, t.id);

    for (const row of fresh.rows) {
      if (row.status === 'skipped' || row.status === 'duplicate') result.skipped += 1;
      if (row.status === 'error') result.invalid += 1;
      if (row.status !== 'new' && row.status !== 'update' && row.status !== 'same') continue;
      let townshipId = townshipIds.get(row.townshipKey);
      if (townshipId === undefined) {
        townshipId = ctx.newId();
        const kind = townshipKind(row.township);
        sql.insertUnit.run(
          townshipId,
          fresh.countyId,
          kind,
          null,
          row.township,
          sortAfter(fresh.countyId),
          isDemo,
          at,
        );
        log('import-create', 'township', townshipId, null, { name: row.township, kind });
        townshipIds.set(row.townshipKey, townshipId);
        result.townshipsCreated += 1;
      }
      if (row.status === 'new') {
        const id = ctx.newId();
        sql.insertUnit.run(
          id,
          townshipId,
          'branch',
          row.branchType,
          row.name,
          sortAfter(townshipId),
          isDemo,
          at,
        );
        if (campaignId !== null) sql.enrol.run(campaignId, id);
        log('import-create', 'branch', id, null, {
          name: row.name,
          township: row.township,
          branchType: row.branchType,
          ...(campaignId === null ? {} : { campaignId }),
          row: row.row,
        });
        result.created += 1;
        continue;
      }
      const branch = fresh.existing.branches.get(branchKey(townshipId, row.nameKey));
      if (branch === undefined) throw new Error(`Row ${row.row} lost its branch`);
      if (row.status === 'update' && request.onExisting === 'update') {
        sql.setType.run(row.branchType, branch.id);
        log(
          'import-update',
          'branch',
          branch.id,
          { branchType: branch.branch_type },
          { branchType: row.branchType, row: row.row },
        );
        result.updated += 1;
      } else result.unchanged += 1;
      if (campaignId !== null && branch.in_campaign === 0) {
        sql.enrol.run(campaignId, branch.id);
        log('import-enrol', 'branch', branch.id, null, { campaignId, row: row.row });
        result.enrolled += 1;
      }
    }
    // The file was read for this import; a failed import keeps it for the next try.
    tx.afterCommit(forgetLastRead);
  });
  await ctx.files.inbox.release(request.fileId);
  return result;
}
