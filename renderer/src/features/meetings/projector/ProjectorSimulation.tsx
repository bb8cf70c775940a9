import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../../ranking/labels';
import { useSimulation } from '../queries';

/** The simulation the operator chose to show: if this branch is rated N★, who else moves. */
export function ProjectorSimulation({
  view,
  labels,
}: {
  view: MeetingView;
  labels: RankingLabels;
}) {
  const { t } = useTranslation();
  const projected = view.projected;
  const simulation = useSimulation(view.id, projected?.itemId ?? null, projected?.level ?? null);
  const result = simulation.data;
  if (!projected || !result) return null;
  return (
    <section className="xp-projector-simulation" data-testid="projector-simulation">
      <h2>{t('projector.simulation', { level: labels.level(result.level) })}</h2>
      {!result.withinQuota && <p>{t('meetings.overridesQuota')}</p>}
      {result.moves.length === 0 ? (
        <p>{t('meetings.nobodyMoves')}</p>
      ) : (
        <ul>
          {result.moves.map((m) => (
            <li key={m.branchId}>
              {t('projector.move', {
                name: m.branchName,
                township: m.townshipName,
                from: labels.level(m.from),
                to: labels.level(m.to),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
