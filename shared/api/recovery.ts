import { z } from 'zod';
import type { RecoveryStatus } from '../domain/views/recovery';
import { backupFileName } from './backups';
import { method } from './method';

const noInput = z.strictObject({});

/**
 * Starting after a damaged data file was moved aside (issue #15). While the app waits for the
 * user's choice only these methods and `app.info` answer; every other call gets `DB_DAMAGED`.
 */
export const recoveryContract = {
  'recovery.status': method(noInput).returns<RecoveryStatus>(),
  /** Starts with a new, empty database (no demo) where the damaged file was. */
  'recovery.startEmpty': method(noInput).returns<RecoveryStatus>(),
  /** Starts from one of the listed backups (checked whole first) where the damaged file was. */
  'recovery.restore': method(z.strictObject({ name: backupFileName })).returns<RecoveryStatus>(),
} as const;
