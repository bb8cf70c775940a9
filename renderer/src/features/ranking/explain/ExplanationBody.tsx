import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useMemo, useState } from 'react';
import { formatCenti } from '../../../../../shared/domain/points';
import type { RankingExplanation } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { ChangeTag } from '../table/ChangeTag';
import { LevelCell } from '../table/LevelCell';
import { RowFlags } from '../table/RowFlags';
import type { ReasonNames } from './describeReason';
import { DimensionBars } from './DimensionBars';
import { MissingItems } from './MissingItems';
import { ReasonList } from './ReasonList';
import { ResolveVetoModal } from './ResolveVetoModal';
import { VetoList } from './VetoList';

export interface ExplanationBodyProps {
  campaignId: string;
  roundId: string;
  explanation: RankingExplanation;
  labels: RankingLabels;
}

/** Why one branch got what it got: the numbers, the engine's reasons, and what is missing. */
export function ExplanationBody({
  campaignId,
  roundId,
  explanation,
  labels,
}: ExplanationBodyProps) {
  const { t, language } = labels;
  const { row, result, itemNames } = explanation;
  const [resolving, setResolving] = useState<string>();
  const names: ReasonNames = useMemo(
    () => ({
      ...labels,
      ownTownship: row.townshipName,
      item: (code: string) => {
        const named = itemNames[code];
        if (!named) return code;
        return language === 'en' && named.nameEn ? named.nameEn : named.name;
      },
    }),
    [labels, itemNames, language, row.townshipName],
  );

  const summary: DescriptionsProps['items'] = [
    { key: 'township', label: t('ranking.col.township'), children: row.townshipName },
    { key: 'rank', label: t('ranking.col.rank'), children: row.rank ?? '—' },
    {
      key: 'total',
      label: t('ranking.col.total'),
      children: row.total === null ? '—' : formatCenti(row.total),
    },
    {
      key: 'level',
      label: t('ranking.col.level'),
      children: <LevelCell row={row} labels={labels} />,
    },
    { key: 'evaluators', label: t('ranking.evaluators'), children: result.evaluators },
    {
      key: 'previous',
      label: t('ranking.col.previous'),
      children: (
        <span className="xp-rank-level">
          {row.previousLevel === null ? '—' : labels.level(row.previousLevel)}
          {row.change && <ChangeTag change={row.change} />}
        </span>
      ),
    },
  ];
  if (row.flags.length > 0) {
    summary.push({
      key: 'flags',
      label: t('ranking.col.flags'),
      children: (
        <span className="xp-rank-level">
          <RowFlags flags={row.flags} />
          {row.flags.map((f) => t(`ranking.flag.${f}`)).join(t('reasons.listSeparator'))}
        </span>
      ),
    });
  }

  return (
    <div className="xp-explain" data-testid="explanation">
      <Descriptions size="small" column={2} bordered items={summary} />
      {/* Incomplete and unscored branches have no scores to show (blank, never a partial sum). */}
      {result.dimensions.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('ranking.explainScores')}</Typography.Title>
          <DimensionBars dimensions={result.dimensions} labels={labels} />
        </section>
      )}
      <section>
        <Typography.Title level={5}>{t('ranking.explainReasons')}</Typography.Title>
        <ReasonList reasons={result.reasons} names={names} />
      </section>
      {result.missing.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('ranking.explainMissing')}</Typography.Title>
          <MissingItems missing={result.missing} evaluators={result.evaluators} names={names} />
        </section>
      )}
      {result.vetoes.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('ranking.explainVetoes')}</Typography.Title>
          <VetoList
            vetoes={result.vetoes}
            notes={explanation.vetoNotes}
            evaluators={result.evaluators}
            names={names}
            onResolve={setResolving}
          />
        </section>
      )}
      <ResolveVetoModal
        campaignId={campaignId}
        roundId={roundId}
        branchId={row.branchId}
        branchName={row.branchName}
        itemCode={resolving}
        names={names}
        onClose={() => setResolving(undefined)}
      />
    </div>
  );
}
