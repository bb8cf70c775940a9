import { AppError } from '../../../shared/errors';

/**
 * A workbook that cannot be imported as a whole. The code rides in `details.problem`; the
 * renderer shows `scoreTemplates.fileErrors.<problem>` with the file, sheet and cell.
 */
export function templateError(
  problem: string,
  file: string,
  where: Record<string, string | number> = {},
): AppError {
  return new AppError('INVALID_INPUT', `Score template ${file}: ${problem}`, {
    path: 'file',
    problem,
    file,
    ...where,
  });
}
