import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import type { RankingExplanation } from '../../../../../shared/domain/views';
import type { BranchResult } from '../../../../../shared/scoring/types';
import type { ReasonNames } from './describeReason';

export interface VetoListProps {
  vetoes: BranchResult['vetoes'];
  /** The reasons written when raising them. */
  notes: RankingExplanation['vetoNotes'];
  evaluators: number;
  names: ReasonNames;
  onResolve: (itemCode: string) => void;
}

/** Raised vetoes stay in view until someone resolves each with a reason. */
export function VetoList({ vetoes, notes, evaluators, names, onResolve }: VetoListProps) {
  const { t } = names;
  return (
    <ul className="xp-explain-list" data-testid="explain-vetoes">
      {vetoes.map((veto) => (
        <li key={veto.item} data-item={veto.item}>
          <div>
            <div>
              {veto.resolved === null ? (
                <Tag color="red" icon={<StopOutlined />}>
                  {t('ranking.vetoRaised')}
                </Tag>
              ) : (
                <Tag color="green" icon={<CheckCircleOutlined />}>
                  {t('ranking.vetoResolved')}
                </Tag>
              )}
              <strong>{names.item(veto.item)}</strong>
            </div>
            {notes
              .filter((n) => n.item === veto.item)
              .map((n, i) => (
                <div key={i} className="xp-explain-note" data-testid="veto-note">
                  {t('ranking.vetoNote', {
                    reason: n.reason || t('ranking.vetoNoReason'),
                    by: n.by ?? t('ranking.outstandingSelf'),
                  })}
                </div>
              ))}
            <div className="xp-explain-note">
              {t('ranking.vetoRaisedBy', { count: veto.raisedBy, evaluators })}
              {veto.resolved !== null && (
                <> · {t('ranking.vetoResolution', { reason: veto.resolved })}</>
              )}
            </div>
          </div>
          {veto.resolved === null && (
            <Button size="small" onClick={() => onResolve(veto.item)}>
              {t('ranking.resolveVeto')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
