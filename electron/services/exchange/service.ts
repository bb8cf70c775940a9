import { AppError } from '../../../shared/errors';
import type {
  ExchangeScope,
  PackageSummary,
  SummaryCounts,
} from '../../../shared/domain/views/exchange';
import type { Report } from '../../jobs/task';
import { schemaVersion } from '../../store/open';
import { trial, write } from '../../store/write';
import type { ServiceContext } from '../context';
import { installationKey } from '../keys';
import type { ApplyResult } from './apply';
import type { PackageContent, PackageRange } from './build';
import { readPackageContent } from './build';
import { applyOperations } from './apply';
import { coverUnloggedRows } from './capture';
import { ClockError, parse } from './clock';
import { describeRows } from './describe';
import type { Operation } from './operations';
import { operationStamp, parseOperations } from './operations';
import { readPackageFile, writePackageFile } from './package-file';
import { fileByHash, lastOperationSeq, peerRow, savePeer } from './queries';
import { orphanRows } from './queries/orphans';
import { countyOfData, townshipName } from './queries/places';
import type { Replica } from './replica';
import { observeRemoteAs, replicaOf } from './replica';
import type { SealedManifest } from './seal';
import { refusePackage, sealPackage } from './seal';
import { loggedPolicy } from './tables';

/**
 * Exchange packages between laptops (issue #16, docs/exchange.md): make one from this
 * database's change log, preview one, merge one. Files by path: the app's handlers hand the
 * built file out (`ctx.files.produce`) and take a chosen one from the inbox, the CLI passes
 * paths.
 */

/**
 * Decides what a package of `scope` carries, on main: binds this database to this laptop and
 * gives data from before the exchange its first operations (a package must be able to create
 * every row it names), then fixes the range of the log to read.
 */
export function planPackage(ctx: ServiceContext, scope: ExchangeScope): PackageRange {
  write(ctx, () => {
    replicaOf(ctx);
    coverUnloggedRows(ctx.db);
  });
  const after = scope.kind === 'since' ? (peerRow(ctx.db, scope.peer)?.sent_through ?? 0) : 0;
  return { scope, after, through: lastOperationSeq(ctx.db) };
}

/**
 * Seals what was read (`build.ts`) with this laptop's key — on main, the only thread that can
 * reach the key — together with the evidence files it names, writes the file, and remembers,
 * for a `since` scope, how far that peer was sent.
 */
export async function finishPackage(
  ctx: ServiceContext,
  range: PackageRange,
  content: PackageContent,
  file: string,
): Promise<{ operations: number; files: number }> {
  const files = new Map<string, Uint8Array>();
  for (const { tbl, hash } of content.files) {
    const policy = loggedPolicy(tbl).file;
    const bytes = policy ? fileByHash(ctx.db, tbl, policy, hash) : undefined;
    if (bytes) files.set(hash, bytes);
  }
  const county = countyOfData(ctx.db);
  const parts = sealPackage(
    installationKey(ctx),
    {
      schemaVersion: schemaVersion(ctx.db),
      createdAt: ctx.now(),
      source: { replica: replicaOf(ctx).id, operator: ctx.actor },
      county: county ?? { id: '', name: '' },
      campaign: null,
      scope: manifestScope(ctx, range.scope, range.after),
      operationCount: content.count,
    },
    content.operations,
    [...files.values()],
  );
  await writePackageFile(file, parts);
  const { scope } = range;
  if (scope.kind === 'since') {
    write(ctx, () => {
      const known = peerRow(ctx.db, scope.peer);
      if (known) savePeer(ctx.db, { ...known, sent_through: range.through, updated_at: ctx.now() });
    });
  }
  return { operations: content.count, files: files.size };
}

/**
 * Makes a package on the caller's thread (the tests' property runs make hundreds); the app
 * reads the log in a worker (`worker-jobs.ts`).
 */
export function writePackageHere(
  ctx: ServiceContext,
  scope: ExchangeScope,
  file: string,
): Promise<{ operations: number; files: number }> {
  const range = planPackage(ctx, scope);
  return finishPackage(ctx, range, readPackageContent(ctx.db, range), file);
}

function manifestScope(
  ctx: ServiceContext,
  scope: ExchangeScope,
  after: number,
): SealedManifest['scope'] {
  if (scope.kind === 'since')
    return { kind: 'since', peer: scope.peer, after: after === 0 ? null : String(after) };
  if (scope.kind === 'all') return { kind: 'campaign' };
  const name = townshipName(ctx.db, scope.townshipId);
  if (name === undefined)
    throw new AppError('NOT_FOUND', `No township ${scope.townshipId}`, { entity: 'township' });
  return { kind: 'township', townshipId: scope.townshipId, name };
}

interface Opened {
  readonly manifest: SealedManifest;
  readonly operations: Operation[];
  readonly files: ReadonlyMap<string, Uint8Array>;
}

async function openPackageAt(ctx: ServiceContext, file: string): Promise<Opened> {
  const { manifest, parts } = await readPackageFile(file, schemaVersion(ctx.db));
  const operations = parseOperations(parts.operations);
  if (operations.length !== manifest.operations.count) {
    refusePackage(
      'packageTruncated',
      'The operations do not match their count',
      'operations.jsonl',
    );
  }
  return { manifest, operations, files: parts.files };
}

/** Opens and checks a package to merge here: not one this database made. */
async function openForMerge(
  ctx: ServiceContext,
  file: string,
  own: Replica,
  report: Report,
): Promise<Opened> {
  report('read', 0, null);
  const opened = await openPackageAt(ctx, file);
  refuseOwn(own, opened.manifest);
  return opened;
}

/**
 * What merging the package would do, without keeping anything: the apply runs as a `trial`,
 * a write that is always rolled back, so the preview is exactly what the merge will find.
 * On the connection given (a worker's, see `worker-jobs.ts`, or a test's).
 */
export async function previewHere(
  ctx: ServiceContext,
  file: string,
  own: Replica,
  report: Report = () => undefined,
): Promise<PackageSummary> {
  const opened = await openForMerge(ctx, file, own, report);
  return trial(ctx, () => {
    const applied = applyOperations(ctx, opened.operations, opened.files, (done, total) =>
      report('check', done, total),
    );
    // The trial never commits, so the foreign keys are asked here: what the merge would meet.
    if (orphanRows(ctx.db).length > 0) refuseOrphans();
    // Described inside the trial, while the rows it would create exist.
    return summarise(ctx, opened, applied);
  });
}

/**
 * Merges the package on the connection given: one write that applies every operation, moves
 * the clock past the latest received stamp and records the peer. Importing the same package
 * again adds nothing. The app's import (`worker-jobs.ts`) takes the backup first and runs this
 * in a worker.
 */
export async function mergeHere(
  ctx: ServiceContext,
  file: string,
  own: Replica,
  report: Report = () => undefined,
): Promise<PackageSummary> {
  const opened = await openForMerge(ctx, file, own, report);
  const result = committed(() =>
    write(ctx, (tx) => {
      const applied = applyOperations(ctx, opened.operations, opened.files, (done, total) =>
        report('write', done, total),
      );
      // A package may carry this laptop's own operations back (a whole-campaign package): only
      // the others' stamps move the clock.
      const latest = latestStamp(opened.operations.filter((op) => op.replica !== own.id));
      if (latest) {
        try {
          observeRemoteAs(ctx.db, own, parse(latest), ctx.now());
        } catch (error) {
          if (error instanceof ClockError && error.kind === 'drift')
            refusePackage('packageDrift', `Stamps reach ${latest}`, 'operations.jsonl');
          throw error;
        }
      }
      const { source } = opened.manifest;
      const known = peerRow(ctx.db, source.replica);
      savePeer(ctx.db, {
        replica: source.replica,
        key_id: source.keyId,
        operator: source.operator,
        sent_through: known?.sent_through ?? 0,
        received_through: latest ?? known?.received_through ?? null,
        updated_at: ctx.now(),
      });
      tx.audit({
        action: 'exchange-merge',
        entity: 'package',
        entityId: source.replica,
        after: {
          operator: source.operator,
          keyId: source.keyId,
          added: applied.added,
          refused: applied.refused.length,
          conflicts: applied.rows.filter((row) => row.conflicts.length > 0).length,
        },
      });
      return applied;
    }),
  );
  return summarise(ctx, opened, result);
}

/**
 * The merge's commit, where SQLite checks the deferred foreign keys. The apply refuses the
 * package's own rows that would lose their parent (`orphans.ts`); what is left is a row of
 * this laptop whose parent the package deletes, which no refusal of the package's rows can
 * mend: the whole merge is refused, in words, and nothing is kept.
 */
function committed<T>(merge: () => T): T {
  try {
    return merge();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') refuseOrphans();
    throw error;
  }
}

function refuseOrphans(): never {
  refusePackage(
    'packageOrphans',
    'The merge would leave rows without their parent',
    'operations.jsonl',
  );
}

function latestStamp(operations: readonly Operation[]): string | undefined {
  let latest: string | undefined;
  for (const op of operations) {
    const stamp = operationStamp(op.op);
    if (latest === undefined || stamp > latest) latest = stamp;
  }
  return latest;
}

/**
 * A package this laptop made (or a copy of this database made) is not merged into itself.
 * `own`: this database's replica as `replicaOf` binds it (a copied file gets its own first).
 */
function refuseOwn(own: Replica, manifest: SealedManifest): void {
  if (manifest.source.replica === own.id) {
    refusePackage('packageOwn', 'The package was made from this database', 'manifest.json');
  }
}

function summarise(ctx: ServiceContext, opened: Opened, result: ApplyResult): PackageSummary {
  const counts: SummaryCounts = {
    new: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    known: 0,
    conflicting: 0,
    refused: result.refused.length,
  };
  for (const row of result.rows) {
    counts[row.outcome] += 1;
    if (row.conflicts.length > 0) counts.conflicting += 1;
  }
  const { manifest } = opened;
  const conflicting = result.rows.filter((row) => row.conflicts.length > 0);
  return {
    source: { ...manifest.source },
    county: manifest.county,
    createdAt: manifest.createdAt,
    scope: manifest.scope.kind,
    operations: opened.operations.length,
    files: opened.files.size,
    added: result.added,
    counts,
    conflicts: describeRows(ctx.db, conflicting).map((row, index) => ({
      ...row,
      columns: [...(conflicting[index]?.conflicts ?? [])],
    })),
    refused: describeRows(ctx.db, result.refused).map((row, index) => ({
      ...row,
      reason: result.refused[index]?.reason ?? 'constraint',
    })),
  };
}
