import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { levelName } from '../../../../shared/domain/level-name';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { GridRow } from '../../../../shared/domain/views/grid';
import type { SheetPreviewResult } from '../../../../shared/scoring';
import { localName } from '../scoring/drafts';

export function CornerHead() {
  const { t } = useTranslation();
  return (
    <>
      <span>{t('grid.branch')}</span>
      <span className="xp-grid-num">{t('grid.total')}</span>
      <span className="xp-grid-num">{t('grid.level')}</span>
    </>
  );
}

/** An item column's header: code and name, with the maximum in the tooltip. */
export function ItemHead({ item }: { item: RubricItem }) {
  const { t, i18n } = useTranslation();
  const name = localName(item, i18n.language);
  return (
    <div title={t('grid.itemHeader', { code: item.code, name, max: formatCenti(item.max) })}>
      <b>{item.code}</b>
      <span>{name}</span>
    </div>
  );
}

/** The fixed left part of a row: branch, township and the engine's live total and level. */
export function RowHead({
  row,
  preview,
  index,
  levels,
}: {
  row: GridRow;
  preview: SheetPreviewResult | undefined;
  index: number;
  /** The rubric's scheme and level names, so a level reads as on the ranking (三星, 无星). */
  levels: Pick<RubricDefinition, 'scheme' | 'levels'>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const result = preview?.result;
  const complete = result?.total !== null && result?.total !== undefined;
  return (
    <>
      <span
        className="xp-grid-branch"
        title={row.status === 'submitted' ? t('grid.lockedRow') : row.townshipName}
      >
        {row.status === 'submitted' && <LockOutlined />}
        {row.branchName}
        <span className="xp-grid-township">{row.townshipName}</span>
      </span>
      <span
        className={`xp-grid-num${complete ? '' : ' xp-grid-incomplete'}`}
        data-testid={`row-total-${index}`}
      >
        {/* Incomplete rows have no total of their own: the sum so far helps while entering. */}
        {preview ? formatCenti(preview.result.total ?? preview.soFar.total ?? 0) : ''}
      </span>
      <span className="xp-grid-num">
        {result?.level === null || result === undefined
          ? t('grid.levelPending')
          : levelName(t, levels, result.level, language)}
      </span>
    </>
  );
}
