import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { BACKFILL_CONFIRMER } from '../../../../shared/domain/backfill';
import type { AssignmentView } from '../../../../shared/domain/views';

/**
 * A confirmed conflict of interest stays visible; hovering shows the reason and who confirmed.
 * One that the upgrade to schema 6 took over from an existing sheet was confirmed by nobody,
 * and says so.
 */
export function ConflictTag({ assignment }: { assignment: AssignmentView }) {
  const { t } = useTranslation();
  if (assignment.conflict === null) return null;
  const title =
    assignment.confirmedBy === BACKFILL_CONFIRMER
      ? t('evaluators.conflictBackfilled')
      : t('evaluators.conflictTooltip', {
          reason: assignment.conflictReason ?? '',
          by: assignment.confirmedBy ?? '',
        });
  return (
    <Tooltip title={title}>
      <Tag color="orange" tabIndex={0} data-testid="conflict-tag">
        {t(`evaluators.conflict.${assignment.conflict}`)}
      </Tag>
    </Tooltip>
  );
}
