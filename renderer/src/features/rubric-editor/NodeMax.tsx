import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { TreeRow } from './model/treeRows';

export interface NodeMaxProps {
  row: TreeRow;
}

/** The maximum shown on a tree line; for parents also the children's sum, red when it differs. */
export function NodeMax({ row }: NodeMaxProps) {
  const { t } = useTranslation();
  if (row.sum) {
    const declared = formatCenti(row.sum.declared);
    const sum = formatCenti(row.sum.sum);
    const mismatch = row.sum.declared !== row.sum.sum;
    return (
      <span
        className={mismatch ? 'xp-node-max xp-node-mismatch' : 'xp-node-max'}
        data-testid={`node-sum-${row.key}`}
        data-mismatch={mismatch ? 'true' : 'false'}
        title={
          mismatch
            ? t('rubricEditor.sumMismatchTitle', { declared, sum })
            : t('rubricEditor.sumTitle', { declared, sum })
        }
      >
        {declared}
        <span className="xp-node-sum">{t('rubricEditor.sumShort', { sum })}</span>
      </span>
    );
  }
  if (row.itemType === 'veto' || row.itemType === 'gate') {
    return <span className="xp-node-max xp-node-nopoints">—</span>;
  }
  const text = row.itemType === 'bonus' ? `+${formatCenti(row.max)}` : formatCenti(row.max);
  return <span className="xp-node-max">{text}</span>;
}
