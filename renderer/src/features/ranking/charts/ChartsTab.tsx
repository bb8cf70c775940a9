import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { RankingView } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { knownLevels } from '../levelName';
import type { TownshipRef } from './chartData';
import { comparePlan } from './chartData';
import { LevelChart } from './LevelChart';
import { PlanChart } from './PlanChart';
import { PlanModal } from './PlanModal';
import { StarTownshipChart } from './StarTownshipChart';

export interface ChartsTabProps {
  view: RankingView;
  labels: RankingLabels;
  townships: readonly TownshipRef[];
  /** Townships chosen in the filter; the charts follow it (and only it). */
  townshipIds: readonly string[];
}

/**
 * The statistics people send upwards: branches per level, stars per township, plan against
 * result. Only the township filter applies: a chart of "level 5 only" per level says nothing.
 */
export function ChartsTab({ view, labels, townships, townshipIds }: ChartsTabProps) {
  const { t } = labels;
  const [planOpen, setPlanOpen] = useState(false);
  const chosen = useMemo(() => new Set(townshipIds), [townshipIds]);
  const rows = useMemo(
    () => (chosen.size === 0 ? view.rows : view.rows.filter((r) => chosen.has(r.townshipId))),
    [view.rows, chosen],
  );
  const shownTownships = useMemo(
    () => (chosen.size === 0 ? townships : townships.filter((tw) => chosen.has(tw.id))),
    [townships, chosen],
  );
  const levels = useMemo(() => {
    const known = knownLevels(view);
    // Level 0 (no star / lagging) is part of the picture when anyone holds it.
    return rows.some((r) => r.status === 'rated' && r.level === 0) ? [...known, 0] : known;
  }, [view, rows]);
  const stars = useMemo(() => view.dimensions.map((d) => d.code), [view.dimensions]);
  const planLines = useMemo(
    () => comparePlan(view.rows, view.plan, townshipIds, stars),
    [view.rows, view.plan, townshipIds, stars],
  );
  const rated = rows.filter((r) => r.status === 'rated').length;

  return (
    <div className="xp-rank-charts" data-testid="ranking-charts">
      <Typography.Text type="secondary">
        {chosen.size === 0
          ? t('ranking.chart.scopeAll', { rated: labels.count(rated) })
          : t('ranking.chart.scopeSome', {
              townships: labels.count(chosen.size),
              rated: labels.count(rated),
            })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('ranking.chart.levels')}>
            {rated === 0 ? (
              <Empty description={t('ranking.chart.noRated')} />
            ) : (
              <LevelChart rows={rows} levels={levels} labels={labels} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('ranking.chart.planTitle')}
            extra={
              <Button size="small" icon={<EditOutlined />} onClick={() => setPlanOpen(true)}>
                {t('ranking.plan.edit')}
              </Button>
            }
          >
            {planLines.length === 0 ? (
              <Empty description={t('ranking.chart.noPlan')}>
                <Button type="primary" onClick={() => setPlanOpen(true)}>
                  {t('ranking.plan.edit')}
                </Button>
              </Empty>
            ) : (
              <PlanChart lines={planLines} labels={labels} />
            )}
          </Card>
        </Col>
        {view.scheme === 'per-star' && (
          <Col span={24}>
            <Card size="small" title={t('ranking.chart.starsByTownship')}>
              {rated === 0 ? (
                <Empty description={t('ranking.chart.noRated')} />
              ) : (
                <StarTownshipChart
                  rows={rows}
                  townships={shownTownships}
                  stars={stars}
                  labels={labels}
                />
              )}
            </Card>
          </Col>
        )}
      </Row>
      {planOpen && (
        <PlanModal
          open
          view={view}
          townships={townships}
          labels={labels}
          onClose={() => setPlanOpen(false)}
        />
      )}
    </div>
  );
}
