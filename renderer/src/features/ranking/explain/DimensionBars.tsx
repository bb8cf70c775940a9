import { CheckCircleFilled, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Progress, Typography } from 'antd';
import { formatCenti } from '../../../../../shared/domain/points';
import type { DimensionResult } from '../../../../../shared/scoring/types';
import type { RankingLabels } from '../labels';

export interface DimensionBarsProps {
  dimensions: DimensionResult[];
  labels: RankingLabels;
}

function percent(value: number, max: number): number {
  return max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
}

/**
 * Each dimension's score as a bar with its pass line marked, so "how far off" is visible. A
 * star is marked awarded, not awarded, or reached but not awarded (a veto, a cap or a quota
 * took it; the reasons say which).
 */
export function DimensionBars({ dimensions, labels }: DimensionBarsProps) {
  const { t } = labels;
  return (
    <ul className="xp-explain-bars" data-testid="explain-dimensions">
      {dimensions.map((d) => {
        const reached = d.passLine === null || d.score >= d.passLine;
        return (
          <li key={d.code} data-dimension={d.code}>
            <div className="xp-explain-bar-head">
              <span className="xp-explain-bar-name">
                {d.earned === true && (
                  <CheckCircleFilled className="xp-rank-earned" aria-label={t('ranking.earned')} />
                )}
                {d.earned === false && reached && (
                  <MinusCircleOutlined
                    className="xp-explain-withheld"
                    aria-label={t('ranking.reachedNotAwarded')}
                    title={t('ranking.reachedNotAwarded')}
                  />
                )}
                {d.earned === false && !reached && (
                  <CloseCircleOutlined
                    className="xp-explain-missed"
                    aria-label={t('ranking.notEarned')}
                  />
                )}
                {labels.dimension(d.code)}
              </span>
              <Typography.Text data-testid="explain-score">
                {d.passLine === null
                  ? t('ranking.scoreOfMax', {
                      score: formatCenti(d.score),
                      max: formatCenti(d.max),
                    })
                  : t('ranking.scoreAgainstLine', {
                      score: formatCenti(d.score),
                      max: formatCenti(d.max),
                      line: formatCenti(d.passLine),
                    })}
              </Typography.Text>
            </div>
            <div className="xp-explain-bar">
              <Progress
                percent={percent(d.score, d.max)}
                showInfo={false}
                status={reached ? 'success' : 'exception'}
                aria-label={labels.dimension(d.code)}
              />
              {d.passLine !== null && (
                <span
                  className="xp-explain-line"
                  style={{ left: `${percent(d.passLine, d.max)}%` }}
                  aria-hidden
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
