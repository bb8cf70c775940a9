import type {
  ExchangeScope,
  PackageSummary,
  PeerView,
} from '../../../shared/domain/views/exchange';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { ServiceContext } from '../context';
import { listPeerRows } from './queries';
import { importPackage, previewPackage, writePackage } from './worker-jobs';

/**
 * The app's side of packages: a built package handed out through the file transport (a save
 * dialog in Electron, a download in the browser), a chosen one read from the inbox by path.
 */
export function exportPackageFile(
  ctx: ServiceContext,
  scope: ExchangeScope,
): Promise<OutgoingFile> {
  return ctx.files.produce(async (target) => {
    await writePackage(ctx, scope, target);
    const day = ctx.now().slice(0, 10).replaceAll('-', '');
    return `xingping-${day}.xpsync`;
  });
}

export function previewChosen(
  ctx: ServiceContext,
  fileId: string,
  jobId?: string,
): Promise<PackageSummary> {
  const held = ctx.files.inbox.use(fileId, 'package');
  return previewPackage(ctx, held.path, { jobId, fileName: held.fileName });
}

export function importChosen(
  ctx: ServiceContext,
  fileId: string,
  jobId?: string,
): Promise<PackageSummary> {
  const held = ctx.files.inbox.use(fileId, 'package');
  return importPackage(ctx, held.path, { jobId, fileName: held.fileName });
}

export function listPeers(ctx: ServiceContext): PeerView[] {
  return listPeerRows(ctx.db).map((row) => ({
    replica: row.replica,
    keyId: row.key_id,
    operator: row.operator,
    updatedAt: row.updated_at,
    receivedThrough: row.received_through,
  }));
}
