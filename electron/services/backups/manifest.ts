import { z } from 'zod';
import { BACKUP_KINDS } from '../../../shared/domain/views/backups';

/** What every `.xpbak` holds beside the snapshot; the file is self-describing. */
export const MANIFEST_ENTRY = 'manifest.json';
export const SNAPSHOT_ENTRY = 'xingping.sqlite';
const FORMAT = 'xingping-backup';

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  schemaVersion: z.int().min(0),
  takenAt: z.string(),
  operator: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** Pinned when taken; pinning later renames the file (see folder.ts), the manifest stays. */
  pinned: z.boolean(),
  database: z.object({ bytes: z.int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  rowCounts: z.record(z.string(), z.int().min(0)),
  lastChangeAt: z.string().nullable(),
  /** Rubric versions frozen by use (rounds cannot be frozen yet: issue #14 adds that). */
  frozenRubricVersions: z.int().min(0),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function manifestBase(): Pick<Manifest, 'format' | 'formatVersion'> {
  return { format: FORMAT, formatVersion: 1 };
}

/** The largest manifest we read: a few hundred bytes per table, far below this. */
export const MAX_MANIFEST_BYTES = 256 * 1024;
