import { Card, Empty, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundProgress } from '../../../../shared/domain/views/campaigns';
import type { EvaluatorView } from '../../../../shared/domain/views/rounds';
import { call } from '../../api/client';
import { useSessionState } from '../../app/sessionState';
import { PageHeader } from '../../components/PageHeader';
import { roundLabel } from '../scoring/roundLabel';
import { roundScorers, SELF_SCORER } from '../scoring/roundScorers';
import { QueryView } from '../../components/QueryView';
import { useGridChoices, useGridView } from './api';
import { GridScreen } from './GridScreen';

export interface GridPageProps {
  campaignId: string;
}

const SELF = SELF_SCORER;

/** 表格录入: pick round, who scores (the branch itself or an evaluator) and township, then enter. */
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
              campaignId={campaignId}
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

interface ChooserProps {
  campaignId: string;
  rounds: RoundProgress[];
  evaluators: EvaluatorView[];
  townships: { id: string; name: string }[];
}

function GridChooser({ campaignId, rounds, evaluators, townships }: ChooserProps) {
  const { t } = useTranslation();
  // Kept for the session: coming back from a sheet shows the same grid.
  const [picked, setPicked] = useSessionState<{
    roundId: string | null;
    evaluator: string | null;
    townshipId: string | null;
  }>(`grid/${campaignId}`, { roundId: null, evaluator: null, townshipId: null });
  const round =
    rounds.find((r) => r.id === picked.roundId) ?? rounds.find((r) => r.isDeciding) ?? rounds[0]!;
  const scorers = roundScorers(round, evaluators);
  // A choice that does not fit this round (自评 in a county review) falls back to the first.
  const evaluator =
    picked.evaluator !== null && scorers.includes(picked.evaluator)
      ? picked.evaluator
      : (scorers[0] ?? null);
  const townshipId = picked.townshipId;
  const names = new Map(evaluators.map((e) => [e.id, e.name]));

  return (
    <>
      <Space wrap className="xp-grid-choosers">
        <Select
          aria-label={t('grid.round')}
          data-testid="grid-round"
          value={round.id}
          onChange={(roundId: string) => setPicked((p) => ({ ...p, roundId }))}
          options={rounds.map((r) => ({
            value: r.id,
            label: roundLabel(t, r),
          }))}
          prefix={t('grid.round')}
          popupMatchSelectWidth={false}
          className="xp-grid-select-round"
        />
        <Select
          aria-label={t('grid.evaluator')}
          data-testid="grid-evaluator"
          value={evaluator ?? undefined}
          onChange={(value: string) => setPicked((p) => ({ ...p, evaluator: value }))}
          options={scorers.map((id) => ({
            value: id,
            label: id === SELF ? t('grid.self') : (names.get(id) ?? id),
          }))}
          placeholder={t('grid.noEvaluators')}
          notFoundContent={t('grid.noEvaluators')}
          prefix={t('grid.evaluator')}
          popupMatchSelectWidth={false}
          className="xp-grid-select-evaluator"
        />
        <Select
          aria-label={t('grid.township')}
          data-testid="grid-township"
          value={townshipId ?? ''}
          onChange={(v: string) => setPicked((p) => ({ ...p, townshipId: v === '' ? null : v }))}
          options={[
            { value: '', label: t('grid.allTownships') },
            ...townships.map((tw) => ({ value: tw.id, label: tw.name })),
          ]}
          prefix={t('grid.township')}
          popupMatchSelectWidth={false}
          className="xp-grid-select-township"
        />
      </Space>
      {evaluator === null ? (
        <Card>
          <Empty description={t('grid.noEvaluatorsHint')} />
        </Card>
      ) : (
        <GridView
          roundId={round.id}
          evaluatorId={evaluator === SELF ? null : evaluator}
          townshipId={townshipId}
        />
      )}
    </>
  );
}

function GridView(props: {
  roundId: string;
  evaluatorId: string | null;
  townshipId: string | null;
}) {
  const { t } = useTranslation();
  const input = {
    roundId: props.roundId,
    evaluatorId: props.evaluatorId,
    ...(props.townshipId ? { townshipId: props.townshipId } : {}),
  };
  const view = useGridView(input);
  return (
    <QueryView query={view} rows={12}>
      {(loaded) =>
        loaded.rows.length === 0 ? (
          <Card>
            <Empty description={t('grid.noBranches')} />
          </Card>
        ) : (
          <GridScreen
            key={`${props.roundId}/${props.evaluatorId ?? SELF}/${props.townshipId ?? ''}`}
            view={loaded}
            townshipId={props.townshipId}
            loadRows={() => call('grid.load', input).then((v) => v.rows)}
          />
        )
      }
    </QueryView>
  );
}
