import type { TFunction } from 'i18next';
import { FILE_KIND_NAMES } from '../../../shared/domain/views/files';
import type { FileKind } from '../../../shared/domain/views/files';
import type { RoundRefusal } from '../../../shared/domain/views/rounds';
import { ROUND_REFUSALS } from '../../../shared/domain/views/rounds';
import { isEntryRefusal } from '../../../shared/domain/entry-refusal';
import { ApiError, toApiError } from '../api/ApiError';
import { isDiskOperation } from '../../../shared/errors';
import { refusalText } from './refusalText';

const ENTITIES = [
  'campaign',
  'county',
  'rubric',
  'branch',
  'township',
  'evaluator',
  'file',
  'record',
  'meeting',
  'member',
  'item',
  'backup',
] as const;
type Entity = (typeof ENTITIES)[number];

function isEntity(value: unknown): value is Entity {
  return typeof value === 'string' && (ENTITIES as readonly string[]).includes(value);
}

function isKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KIND_NAMES as readonly string[]).includes(value);
}

function isRoundRefusal(value: unknown): value is RoundRefusal {
  return typeof value === 'string' && (ROUND_REFUSALS as readonly string[]).includes(value);
}

/**
 * The user-facing sentence for an error: a round or sheet refusal (`details.reason`) has its
 * own sentence saying what to do instead; otherwise the translation of its code with its
 * details filled in. Placeholders a given backend error does not carry get neutral fallbacks, so a sentence
 * never shows a raw `{{path}}`.
 */
export function translateError(
  t: TFunction,
  error: unknown,
  /** Names an item by its code ("S1.1.1 班子结构") where the screen knows the rubric. */
  itemLabel: (code: string) => string = (code) => code,
): string {
  const err = error instanceof ApiError ? error : toApiError(error);
  const details = err.details ?? {};
  // An entry its item's rule refused reads as it does on the score sheet, grid and templates.
  if (err.code === 'INVALID_INPUT' && isEntryRefusal(details.problem)) {
    const { max, step } = details;
    return refusalText(
      t,
      {
        problem: details.problem,
        ...(typeof max === 'number' ? { max } : {}),
        ...(typeof step === 'number' ? { step } : {}),
      },
      itemLabel(String(details.item ?? details.path ?? '')),
    );
  }
  const entity = isEntity(details.entity) ? details.entity : 'record';
  if (isRoundRefusal(details.reason))
    return t(`refusals.${details.reason}`, { count: 0, files: 0, ...details });
  // A refusal that names its reason gets the sentence that says what to do instead.
  if (typeof details.reason === 'string') {
    const specific = t(`errorReasons.${details.reason}`, {
      name: '',
      count: 0,
      ...details,
      defaultValue: '',
    });
    if (specific !== '') return specific;
  }
  const kind = isKind(details.kind) ? details.kind : 'import';
  return t(`errors.${err.code}`, {
    method: '?',
    path: '?',
    found: '?',
    supported: '?',
    version: '?',
    fileName: '',
    limitMb: '?',
    limit: '?',
    ...details,
    entity: t(`entity.${entity}`),
    kindName: t(`files.kinds.${kind}`),
    operation: t(
      `diskOperations.${isDiskOperation(details.operation) ? details.operation : 'save'}`,
    ),
    where:
      typeof details.round === 'string'
        ? t('freeze.where', { round: details.round, version: details.version })
        : '',
  });
}
