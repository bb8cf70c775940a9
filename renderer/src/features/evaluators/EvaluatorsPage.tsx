import { Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranchTree } from '../../api/queries';
import { useEvaluators, useRounds } from './queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { AssignmentsCard } from './AssignmentsCard';
import { EvaluatorTable } from './EvaluatorTable';
import { RoundsPanel } from './RoundsPanel';
import './evaluators.css';

export interface EvaluatorsPageProps {
  campaignId: string;
}

/** 评委与分工: the review team, the campaign's rounds, and who scores which branch per round. */
export function EvaluatorsPage({ campaignId }: EvaluatorsPageProps) {
  const { t } = useTranslation();
  const evaluators = useEvaluators(campaignId);
  const rounds = useRounds(campaignId);
  const tree = useBranchTree(campaignId);
  const [roundId, setRoundId] = useState<string | null>(null);
  return (
    <div className="xp-evaluators" data-testid="evaluators-page">
      <PageHeader title={t('nav.evaluators')} subtitle={t('evaluators.subtitle')} />
      <QueryView query={rounds} rows={4}>
        {(roundList) => (
          <QueryView query={tree} rows={4}>
            {(townships) => (
              <QueryView query={evaluators} rows={6}>
                {(people) => {
                  // The deciding round unless the user picked another (and it still exists).
                  const picked =
                    roundList.find((r) => r.id === roundId) ??
                    roundList.find((r) => r.isDeciding) ??
                    roundList[0];
                  return (
                    <>
                      <Row gutter={16}>
                        <Col xs={24} xxl={12}>
                          <EvaluatorTable
                            campaignId={campaignId}
                            evaluators={people}
                            townships={townships}
                            roundId={picked?.id ?? null}
                          />
                        </Col>
                        <Col xs={24} xxl={12}>
                          <RoundsPanel campaignId={campaignId} rounds={roundList} />
                        </Col>
                      </Row>
                      {picked && (
                        <AssignmentsCard
                          campaignId={campaignId}
                          round={picked}
                          rounds={roundList}
                          onRound={setRoundId}
                          evaluators={people}
                          townships={townships}
                        />
                      )}
                    </>
                  );
                }}
              </QueryView>
            )}
          </QueryView>
        )}
      </QueryView>
    </div>
  );
}
