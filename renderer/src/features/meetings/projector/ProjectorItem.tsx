import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../../shared/domain/points';
import type { RankingView } from '../../../../../shared/domain/views';
import type { MeetingView } from '../../../../../shared/domain/views/meetings';
import { useRankingExplanation } from '../../ranking/queries';
import type { ReasonNames } from '../../ranking/explain/describeReason';
import { describeReason } from '../../ranking/explain/describeReason';
import { labelSourceOf, useRankingLabels } from '../../ranking/labels';
import { outcomeLabel } from '../outcomeLabel';
import { recusalChange } from '../recusalChange';
import { ProjectorSimulation } from './ProjectorSimulation';
import { reasonsText } from '../reasonText';

export interface ProjectorItemProps {
  view: MeetingView;
  index: number;
  ranking: RankingView;
}

/** One agenda item as the room reads it, from the back, at 1920×1080. */
export function ProjectorItem({ view, index, ranking }: ProjectorItemProps) {
  const { t } = useTranslation();
  const source = useMemo(() => labelSourceOf(ranking), [ranking]);
  const labels = useRankingLabels(source);
  const item = view.items[index]!;
  const next = view.items[index + 1];
  const explanation = useRankingExplanation(view.campaignId, view.roundId, item.branchId);
  const found = explanation.data?.row.branchId === item.branchId ? explanation.data : undefined;
  const names: ReasonNames | null = useMemo(
    () =>
      found
        ? {
            ...labels,
            ownTownship: found.row.townshipName,
            item: (code: string) => {
              const named = found.itemNames[code];
              if (!named) return code;
              return labels.language === 'en' && named.nameEn ? named.nameEn : named.name;
            },
          }
        : null,
    [found, labels],
  );
  const { leave, back } = recusalChange(view, index);
  const nameOf = (id: string) => view.members.find((m) => m.id === id)?.name ?? '';
  const row = found?.row;
  const rated = ranking.rows.filter((r) => r.rank !== null).length;
  return (
    <main className="xp-projector-item" data-testid="projector-item">
      <h1 className="xp-projector-branch" data-testid="projector-branch">
        {item.branchName}
        <span className="xp-projector-township">{item.townshipName}</span>
      </h1>
      <p className="xp-projector-why">{reasonsText(t, item)}</p>
      {(leave.length > 0 || back.length > 0) && (
        <div className="xp-projector-recusal" data-testid="projector-recusal">
          {leave.length > 0 && (
            <p className="xp-projector-leave">
              {t('projector.leave', { names: leave.map(nameOf).join(t('reasons.listSeparator')) })}
            </p>
          )}
          {back.length > 0 && (
            <p className="xp-projector-back">
              {t('projector.back', { names: back.map(nameOf).join(t('reasons.listSeparator')) })}
            </p>
          )}
        </div>
      )}
      <div className="xp-projector-columns">
        {row && names && found && (
          <div>
            <dl className="xp-projector-figures">
              <div>
                <dt>{t('ranking.col.total')}</dt>
                <dd>{row.total === null ? '—' : formatCenti(row.total)}</dd>
              </div>
              <div>
                <dt>{t('ranking.col.rank')}</dt>
                <dd>
                  {row.rank === null
                    ? '—'
                    : t('projector.rankOf', { rank: row.rank, total: rated })}
                </dd>
              </div>
              <div>
                <dt>{t('meetings.computedLevel')}</dt>
                <dd data-testid="projector-level">{labels.level(row.level)}</dd>
              </div>
              {row.levelBeforeQuota !== row.level && (
                <div>
                  <dt>{t('meetings.levelBeforeQuota')}</dt>
                  <dd>{labels.level(row.levelBeforeQuota)}</dd>
                </div>
              )}
            </dl>
            <table className="xp-projector-scores">
              <tbody>
                {found.result.dimensions.map((d) => (
                  <tr key={d.code}>
                    <th>{labels.dimension(d.code)}</th>
                    <td>
                      {formatCenti(d.score)} / {formatCenti(d.max)}
                    </td>
                    <td>{d.earned === null ? '' : d.earned ? '★' : '☆'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div>
          {found && names && found.vetoNotes.length > 0 && (
            <section className="xp-projector-vetoes" data-testid="projector-vetoes">
              <h2>{t('projector.vetoes')}</h2>
              <ul>
                {found.vetoNotes.map((v, i) => (
                  // Veto notes have no id; their order is the server's and stable.
                  <li key={i}>
                    {t('projector.veto', {
                      item: names.item(v.item),
                      reason: v.reason || t('projector.noReason'),
                    })}
                    {view.showNames && v.by ? t('projector.raisedBy', { name: v.by }) : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {found && names && (
            <section className="xp-projector-explain">
              <h2>{t('projector.explanation')}</h2>
              <ul>
                {found.result.reasons.map((reason, i) => (
                  // The engine's reasons have no identity; their order is stable.
                  <li key={i}>{describeReason(names, reason)}</li>
                ))}
              </ul>
            </section>
          )}
          {item.decision && (
            <p className="xp-projector-decision" data-testid="projector-decision">
              {t('projector.decided', {
                outcome: outcomeLabel(t, item.decision, labels),
              })}
            </p>
          )}
          {view.projected && <ProjectorSimulation view={view} labels={labels} />}
        </div>
      </div>
      <footer className="xp-projector-next" data-testid="projector-next">
        {next
          ? t('projector.next', { name: next.branchName, township: next.townshipName })
          : t('projector.last')}
      </footer>
    </main>
  );
}
