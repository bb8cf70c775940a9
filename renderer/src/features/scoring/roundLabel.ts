import type { TFunction } from 'i18next';
import type { RoundKind } from '../../../../shared/domain/org';

/**
 * A round as pickers list it: its name with its kind (支部自评(自评)), so nobody picks a county
 * review thinking it is the self-assessment; just the name when that already says the kind.
 */
export function roundLabel(t: TFunction, round: { name: string; kind: RoundKind }): string {
  const kind = t(`roundKind.${round.kind}`);
  return round.name === kind ? round.name : t('grid.roundOption', { name: round.name, kind });
}
