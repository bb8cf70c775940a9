import { orgNameKey } from '../../../shared/domain/org-name';
import type { RegistryRefusal } from '../../../shared/domain/views/branch-registry';
import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../../../shared/errors';
import type { Store } from '../../store/open';
import { listChildren } from './queries';

/** An AppError whose `reason` the renderer turns into a specific, translated sentence. */
export function refuse(
  code: ErrorCode,
  reason: RegistryRefusal,
  message: string,
  details: Record<string, string | number> = {},
): AppError {
  return new AppError(code, message, { ...details, reason });
}

/**
 * The name as stored: NFKC folds full-width letters and digits (Ｗ→W, ３→3) and compatibility
 * forms that look identical on screen; inner runs of blanks become one space.
 */
export function normalizeName(raw: string): string {
  const name = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (name === '') throw refuse('INVALID_INPUT', 'emptyName', 'Name is empty', { path: 'name' });
  return name;
}

/**
 * The comparison key: two names that differ only in case, width, spaces or a party-organisation
 * suffix (西上屯村 / 西上屯村党支部) name one organisation.
 */
function nameKey(name: string): string {
  return orgNameKey(normalizeName(name));
}

/** Refuses a name another child of the same parent already has (archived ones included). */
export function requireUniqueName(
  db: Store,
  parentId: string,
  name: string,
  exceptId?: string,
): void {
  const key = nameKey(name);
  const clash = listChildren(db, parentId).find(
    (unit) => unit.id !== exceptId && nameKey(unit.name) === key,
  );
  if (clash) {
    throw refuse('CONFLICT', 'duplicateName', `"${name}" already exists here`, {
      entity: 'branch',
      name: clash.name,
    });
  }
}
