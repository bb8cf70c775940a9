import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../shared/domain/views';
import type {
  AgendaItemView,
  MeetingView,
  SimulatedMoveView,
} from '../../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../../ranking/labels';
import { levelChoices } from '../levelChoices';
import { useMeetingAction } from '../mutations';
import { useSimulation } from '../queries';

export interface SimulatorPanelProps {
  view: MeetingView;
  item: AgendaItemView;
  ranking: RankingView;
  labels: RankingLabels;
}

/** "If this branch is rated N★, who else moves?" — computed live, stored never. */
export function SimulatorPanel({ view, item, ranking, labels }: SimulatorPanelProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<number | null>(null);
  const simulation = useSimulation(view.id, level === null ? null : item.id, level);
  const project = useMeetingAction('meetings.project');
  const shown = view.projected?.itemId === item.id ? view.projected.level : null;
  const result = simulation.data?.itemId === item.id ? simulation.data : undefined;
  return (
    <Card size="small" title={t('meetings.simulator')} data-testid="simulator">
      <Space wrap>
        <span>{t('meetings.simulateIf', { name: item.branchName })}</span>
        <Select<number>
          size="small"
          className="xp-meeting-level"
          aria-label={t('meetings.simulateLevel')}
          value={level ?? undefined}
          placeholder={t('meetings.chooseLevel')}
          options={levelChoices(ranking).map((l) => ({ value: l, label: labels.level(l) }))}
          onChange={setLevel}
        />
        <Button
          size="small"
          disabled={level === null || view.stage !== 'in-session'}
          onClick={() => project.mutate({ id: view.id, itemId: item.id, level })}
        >
          {t('meetings.projectSimulation')}
        </Button>
        {shown !== null && (
          <Button
            size="small"
            onClick={() => project.mutate({ id: view.id, itemId: item.id, level: null })}
          >
            {t('meetings.hideSimulation', { level: labels.level(shown) })}
          </Button>
        )}
      </Space>
      {result && (
        <div className="xp-meeting-simulation" data-testid="simulation-result">
          {!result.withinQuota && (
            <Alert type="warning" showIcon message={t('meetings.overridesQuota')} />
          )}
          {result.moves.length === 0 ? (
            <Typography.Paragraph>{t('meetings.nobodyMoves')}</Typography.Paragraph>
          ) : (
            <Table<SimulatedMoveView>
              size="small"
              rowKey="branchId"
              pagination={false}
              dataSource={result.moves}
              columns={[
                { key: 'name', title: t('ranking.col.branch'), dataIndex: 'branchName' },
                { key: 'township', title: t('ranking.col.township'), dataIndex: 'townshipName' },
                { key: 'from', title: t('meetings.from'), render: (_, m) => labels.level(m.from) },
                { key: 'to', title: t('meetings.to'), render: (_, m) => labels.level(m.to) },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
