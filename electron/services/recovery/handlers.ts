import type { recoveryContract } from '../../../shared/api/recovery';
import { AppError } from '../../../shared/errors';
import type { HandlerGroup } from '../registry';

/**
 * With a database open there is nothing to recover: the start-up session
 * (`recovery/session.ts`) answers these methods itself while it waits for the user's choice.
 */
export const recoveryHandlers: HandlerGroup<typeof recoveryContract> = {
  'recovery.status': () => ({ state: 'ok' }),
  'recovery.restore': () => {
    throw new AppError('CONFLICT', 'The data file opened normally; restore from the Backups page', {
      entity: 'database',
    });
  },
  'recovery.startEmpty': () => {
    throw new AppError('CONFLICT', 'The data file opened normally; there is nothing to recover', {
      entity: 'database',
    });
  },
};
