import type {
  ExchangeScope,
  PackageSummary,
  PeerView,
} from '../../../shared/domain/views/exchange';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { ServiceContext } from '../context';
import { listPeerRows } from './queries';
import { importPackage, previewPackage, writePackage } from './service';

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

export function previewChosen(ctx: ServiceContext, fileId: string): Promise<PackageSummary> {
  return previewPackage(ctx, ctx.files.inbox.use(fileId, 'package').path);
}

export function importChosen(ctx: ServiceContext, fileId: string): Promise<PackageSummary> {
  return importPackage(ctx, ctx.files.inbox.use(fileId, 'package').path);
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
