import type { MissingItem } from '../../../../../shared/scoring/types';
import type { ReasonNames } from './describeReason';

export interface MissingItemsProps {
  missing: MissingItem[];
  evaluators: number;
  names: ReasonNames;
}

/** Items some counted sheets lack, by name, with how many sheets lack each. */
export function MissingItems({ missing, evaluators, names }: MissingItemsProps) {
  return (
    <ul className="xp-explain-list" data-testid="explain-missing">
      {missing.map((m) => (
        <li key={m.item}>
          <span>{names.item(m.item)}</span>
          <span className="xp-nowrap">
            {names.t('ranking.missingSheets', { sheets: m.sheets, evaluators })}
          </span>
        </li>
      ))}
    </ul>
  );
}
