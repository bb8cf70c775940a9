import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentView } from '../../../../shared/domain/views';

/** A confirmed conflict of interest stays visible; hovering shows the reason and who confirmed. */
export function ConflictTag({ assignment }: { assignment: AssignmentView }) {
  const { t } = useTranslation();
  if (assignment.conflict === null) return null;
  return (
    <Tooltip
      title={t('evaluators.conflictTooltip', {
        reason: assignment.conflictReason ?? '',
        by: assignment.confirmedBy ?? '',
      })}
    >
      <Tag color="orange" tabIndex={0} data-testid="conflict-tag">
        {t(`evaluators.conflict.${assignment.conflict}`)}
      </Tag>
    </Tooltip>
  );
}
