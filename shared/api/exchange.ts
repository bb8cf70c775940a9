import { z } from 'zod';
import type {
  ConflictView,
  PackageSummary,
  PeerView,
  TownshipChoice,
} from '../domain/views/exchange';
import type { OutgoingFile } from '../domain/views/files';
import { fileId } from './files';
import { id, jobId, method } from './method';

const scope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('since'), peer: z.string().regex(/^[0-9a-f]{16}$/) }),
  z.strictObject({ kind: z.literal('township'), townshipId: id }),
]);

/** Exchange between laptops (issue #16): packages out and in, conflicts and their choice. */
export const exchangeContract = {
  /** A signed `.xpsync` of this laptop's changes: all of them, or those since a peer's last. */
  'exchange.exportPackage': method(z.strictObject({ scope })).returns<OutgoingFile>(),
  /** What merging a chosen package would do; nothing is kept. */
  'exchange.previewPackage': method(z.strictObject({ fileId, jobId })).returns<PackageSummary>(),
  /** Merges a chosen package after a backup; the same package twice adds nothing. */
  'exchange.importPackage': method(z.strictObject({ fileId, jobId })).returns<PackageSummary>(),
  /** Cells two laptops changed apart (待裁定), by township and branch. */
  'exchange.conflicts': method(z.strictObject({})).returns<ConflictView[]>(),
  /** Settles a conflict with one of its sides, by the side's operation id. */
  'exchange.resolve': method(
    z.strictObject({
      tbl: z.string().max(64),
      rowKey: z.string().max(2000),
      col: z.string().max(64),
      op: z.string().max(80),
    }),
  ).returns<{ resolved: true }>(),
  /** The townships a package can be made for. */
  'exchange.townships': method(z.strictObject({})).returns<TownshipChoice[]>(),
  /** The laptops this one received packages from. */
  'exchange.peers': method(z.strictObject({})).returns<PeerView[]>(),
} as const;
