import { AppError } from '../../shared/errors';
import type { DiskOperation } from '../../shared/errors';

export { isDiskFull } from '../store/disk-full';

/** What the user was doing, from the contract method or worker task that failed. */
export function diskOperation(name: string): DiskOperation {
  if (/^backups?\.|\.backup$/.test(name)) return 'backup';
  if (/^exports\.|\.export(File)?$|\.write(File)?$|^exports\.build$/.test(name)) return 'export';
  if (
    /^branchImport\.|\.import(File)?$|\.read(File)?$|^scoreTemplates\.(preview|apply)$/.test(name)
  )
    return 'import';
  return 'save';
}

/** The translated `DISK_FULL` error naming the operation. */
export function diskFullError(operation: DiskOperation): AppError {
  return new AppError('DISK_FULL', `The disk is full (${operation}); nothing was changed`, {
    operation,
  });
}
