import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetView } from '../../../../shared/domain/views';
import { useAssignments } from '../evaluators/queries';
import { useBranchTree } from '../../api/queries';
import { sheetHref } from '../../app/routes';
import { navigate, useRoute } from '../../app/useRoute';

interface Stop {
  id: string;
  name: string;
}

/**
 * The branches the same scorer works through in this round, in tree order: an evaluator's
 * assigned branches, or every branch of the campaign for the self-assessment.
 */
function useStops(sheet: SheetView): Stop[] {
  const self = sheet.evaluatorId === null;
  const tree = useBranchTree(self ? sheet.campaignId : '');
  const assignments = useAssignments(self ? '' : sheet.campaignId, self ? '' : sheet.roundId);
  if (self)
    return (tree.data ?? []).flatMap((t) => t.branches.map((b) => ({ id: b.id, name: b.name })));
  return (assignments.data ?? [])
    .filter((a) => a.evaluatorId === sheet.evaluatorId)
    .map((a) => ({ id: a.branchId, name: a.branchName }));
}

/**
 * 上一个 / 下一个支部: the same scorer's sheet for the neighbouring branch. Leaving sends any
 * edit still waiting (the editor flushes when the sheet closes).
 */
export function SheetNavigation({ sheet }: { sheet: SheetView }) {
  const { t } = useTranslation();
  const route = useRoute();
  const stops = useStops(sheet);
  const at = stops.findIndex((s) => s.id === sheet.branchId);
  if (at < 0 || stops.length < 2) return null;
  const go = (stop: Stop | undefined) => {
    if (!stop) return;
    navigate(
      sheetHref(
        sheet.campaignId,
        sheet.roundId,
        stop.id,
        sheet.evaluatorId,
        route.name === 'sheet' ? route.from : null,
      ),
    );
  };
  const previous = stops[at - 1];
  const next = stops[at + 1];
  return (
    <Space size={4} className="xp-sheet-nav">
      <Button
        icon={<LeftOutlined />}
        disabled={!previous}
        onClick={() => go(previous)}
        title={previous ? t('scoring.previousBranch', { name: previous.name }) : undefined}
        aria-label={t('scoring.previousBranch', { name: previous?.name ?? '' })}
        data-testid="sheet-previous"
      />
      <Typography.Text type="secondary" data-testid="sheet-position">
        {t('scoring.position', { at: at + 1, total: stops.length })}
      </Typography.Text>
      <Button
        icon={<RightOutlined />}
        disabled={!next}
        onClick={() => go(next)}
        title={next ? t('scoring.nextBranch', { name: next.name }) : undefined}
        aria-label={t('scoring.nextBranch', { name: next?.name ?? '' })}
        data-testid="sheet-next"
      />
    </Space>
  );
}
