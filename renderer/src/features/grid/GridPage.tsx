import { Card, Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useGridChoices, useGridView } from './api';
import { GridScreen } from './GridScreen';

export interface GridPageProps {
  campaignId: string;
}

const SELF = 'self';

/** 表格录入: pick round, evaluator (or the self-assessment) and township, then enter the grid. */
export function GridPage({ campaignId }: GridPageProps) {
  const { t } = useTranslation();
  const choices = useGridChoices(campaignId);
  return (
    <div data-campaign={campaignId}>
      <PageHeader title={t('nav.grid')} subtitle={t('grid.subtitle')} />
      <QueryView query={choices} rows={10}>
        {(data) =>
          data.rounds.length === 0 ? (
            <Card>
              <Empty description={t('grid.noRounds')} />
            </Card>
          ) : (
            <GridChooser
              rounds={data.rounds}
              evaluators={data.evaluators}
              townships={data.townships}
            />
          )
        }
      </QueryView>
    </div>
  );
}

interface Option {
  id: string;
  name: string;
  isDeciding?: boolean;
}

function GridChooser(props: { rounds: Option[]; evaluators: Option[]; townships: Option[] }) {
  const { t } = useTranslation();
  const [roundId, setRoundId] = useState(
    (props.rounds.find((r) => r.isDeciding) ?? props.rounds[0]!).id,
  );
  const [evaluator, setEvaluator] = useState<string>(SELF);
  const [townshipId, setTownshipId] = useState<string | null>(null);
  const input = {
    roundId,
    evaluatorId: evaluator === SELF ? null : evaluator,
    ...(townshipId ? { townshipId } : {}),
  };
  const view = useGridView(input);
  return (
    <>
      <Space wrap className="xp-grid-choosers">
        <Select
          aria-label={t('grid.round')}
          data-testid="grid-round"
          value={roundId}
          onChange={setRoundId}
          options={props.rounds.map((r) => ({ value: r.id, label: r.name }))}
          prefix={t('grid.round')}
          style={{ minWidth: 200 }}
        />
        <Select
          aria-label={t('grid.evaluator')}
          data-testid="grid-evaluator"
          value={evaluator}
          onChange={setEvaluator}
          options={[
            { value: SELF, label: t('grid.self') },
            ...props.evaluators.map((e) => ({ value: e.id, label: e.name })),
          ]}
          prefix={t('grid.evaluator')}
          style={{ minWidth: 260 }}
        />
        <Select
          aria-label={t('grid.township')}
          value={townshipId ?? ''}
          onChange={(v: string) => setTownshipId(v === '' ? null : v)}
          options={[
            { value: '', label: t('grid.allTownships') },
            ...props.townships.map((tw) => ({ value: tw.id, label: tw.name })),
          ]}
          prefix={t('grid.township')}
          style={{ minWidth: 200 }}
        />
      </Space>
      <QueryView query={view} rows={12}>
        {(loaded) =>
          loaded.rows.length === 0 ? (
            <Card>
              <Empty description={t('grid.noBranches')} />
            </Card>
          ) : (
            <GridScreen
              key={`${roundId}/${evaluator}/${townshipId ?? ''}`}
              view={loaded}
              loadRows={() => call('grid.load', input).then((v) => v.rows)}
            />
          )
        }
      </QueryView>
    </>
  );
}
