import { Alert, Card, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatorView, TownshipNode } from '../../../../shared/domain/views';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { useAssignments } from './queries';
import { QueryView } from '../../components/QueryView';
import { roundLabel } from '../scoring/roundLabel';
import { AssignTownshipForm } from './AssignTownshipForm';
import { TownshipAssignments } from './TownshipAssignments';

export interface AssignmentsCardProps {
  campaignId: string;
  round: RoundView;
  rounds: RoundView[];
  onRound: (roundId: string) => void;
  evaluators: EvaluatorView[];
  townships: TownshipNode[];
}

/** Per round: assign whole townships, and see who scores what, township by township. */
export function AssignmentsCard({
  campaignId,
  round,
  rounds,
  onRound,
  evaluators,
  townships,
}: AssignmentsCardProps) {
  const { t } = useTranslation();
  const assignments = useAssignments(campaignId, round.id);
  // Townships opened by the user or by a fresh assignment, so its rows are seen at once.
  const [open, setOpen] = useState<string[]>([]);
  return (
    <Card
      title={
        <Space wrap>
          {t('evaluators.assignmentsTitle')}
          <Select
            className="xp-evaluators-select"
            value={round.id}
            onChange={onRound}
            aria-label={t('evaluators.roundPick')}
            data-testid="assignment-round"
            options={rounds.map((r) => ({
              value: r.id,
              label: r.isDeciding
                ? t('evaluators.roundDeciding', { name: roundLabel(t, r) })
                : roundLabel(t, r),
            }))}
          />
          {round.kind !== 'self' && (
            <Tag data-testid="assignment-scope">
              {t('evaluators.scopeTag', {
                rule: t(`evaluators.conflictScopeShort.${round.conflictScope}`),
              })}
            </Tag>
          )}
        </Space>
      }
    >
      {round.kind === 'self' ? (
        // A self-assessment is the branch's own sheet: nobody is assigned in this round.
        <Alert type="info" showIcon message={t('refusals.self-round-no-evaluators')} />
      ) : (
        <>
          <AssignTownshipForm
            campaignId={campaignId}
            roundId={round.id}
            evaluators={evaluators}
            townships={townships}
            onAssigned={(townshipId) =>
              setOpen((keys) => (keys.includes(townshipId) ? keys : [...keys, townshipId]))
            }
          />
          <Typography.Paragraph type="secondary" className="xp-evaluators-hint">
            {t('evaluators.assignHint')}
          </Typography.Paragraph>
        </>
      )}
      <QueryView query={assignments} rows={6}>
        {(list) => (
          <TownshipAssignments
            campaignId={campaignId}
            townships={townships}
            assignments={list}
            open={open}
            onOpen={setOpen}
          />
        )}
      </QueryView>
    </Card>
  );
}
