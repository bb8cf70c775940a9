import { Card, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition, RubricItem } from '../../../../shared/domain/rubric';
import type { BranchResult, CompiledRubric, SheetPreviewResult } from '../../../../shared/scoring';
import { previewSheet } from '../../../../shared/scoring';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { levelName } from '../../../../shared/domain/level-name';
import type { Drafts } from './drafts';
import { engineEntries, localName } from './drafts';

export interface SheetPreviewProps {
  preview: SheetPreviewResult;
  definition: RubricDefinition;
}

/** What the shared engine makes of this sheet alone, from the values on screen (saved or not). */
export function usePreview(
  rubric: CompiledRubric,
  drafts: Drafts,
  branchId: string,
): SheetPreviewResult {
  return useMemo(
    () => previewSheet(rubric, branchId, engineEntries(rubric.items, drafts)),
    [rubric, drafts, branchId],
  );
}

export function SheetPreview({ preview, definition }: SheetPreviewProps) {
  const { t, i18n } = useTranslation();
  const { result, soFar } = preview;
  // An incomplete sheet has no scores of its own (blank, as in the ranking); the sums so far
  // still help while scoring.
  const total = result.total ?? soFar.total ?? 0;
  return (
    <Card
      size="small"
      title={t('scoring.previewTitle')}
      className="xp-score-preview"
      data-testid="sheet-preview"
    >
      <table className="xp-score-preview-table">
        <tbody>
          {soFar.dimensions.map((d, i) => {
            const dim = definition.dimensions[i];
            // A star whose veto was raised is not earned, whatever its score.
            const passed = d.earned ?? (d.passLine !== null && d.score >= d.passLine);
            return (
              <tr key={d.code}>
                <td>{dim ? localName(dim, i18n.language) : d.code}</td>
                <td className="xp-num">
                  {formatCenti(d.score)} / {formatCenti(d.max)}
                </td>
                <td className="xp-num">
                  {d.passLine === null
                    ? ''
                    : t('scoring.passLine', { line: formatCenti(d.passLine) })}
                </td>
                <td>
                  {d.passLine !== null && (
                    <Typography.Text type={passed ? 'success' : 'secondary'}>
                      {passed ? '✓' : '✗'}
                    </Typography.Text>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'total',
            label: result.total === null ? t('scoring.totalSoFar') : t('scoring.total'),
            children: <span data-testid="preview-total">{formatCenti(total)}</span>,
          },
          {
            key: 'level',
            label: t('scoring.level'),
            children: <PreviewLevel result={result} definition={definition} />,
          },
          {
            key: 'missing',
            label: t('scoring.missing'),
            children: <span data-testid="preview-missing">{result.missing.length}</span>,
          },
        ]}
      />
    </Card>
  );
}

/** The rubric's item of a code. */
function findItem(definition: RubricDefinition, code: string): RubricItem | undefined {
  for (const d of definition.dimensions)
    for (const ind of d.indicators)
      for (const item of ind.items) if (item.code === code) return item;
  return undefined;
}

/**
 * The level this sheet alone would give. A raised veto is named at once, before the sheet is
 * complete: one that takes the whole rating away says so instead of a level.
 */
function PreviewLevel({
  result,
  definition,
}: {
  result: BranchResult;
  definition: RubricDefinition;
}) {
  const { t, i18n } = useTranslation();
  const language = useCurrentLanguage();
  const raised = result.vetoes
    .filter((v) => v.resolved === null)
    .map((v) => findItem(definition, v.item))
    .filter((item): item is RubricItem => item !== undefined);
  const noRating =
    result.status === 'vetoed' ||
    raised.some((i) => i.veto?.scope === 'rating' && i.veto.effect === 'no-rating');
  const level = noRating
    ? t('scoring.levelVetoed')
    : result.level === null
      ? t('scoring.levelPending')
      : levelName(t, definition, result.level, language);
  return (
    <span data-testid="preview-level">
      <Typography.Text type={noRating ? 'danger' : undefined}>{level}</Typography.Text>
      {raised.length > 0 && (
        <Typography.Text type="danger" className="xp-score-preview-veto">
          {t('scoring.vetoedBy', {
            items: raised
              .map((i) => `${i.code} ${localName(i, i18n.language)}`)
              .join(t('reasons.listSeparator')),
          })}
        </Typography.Text>
      )}
    </span>
  );
}
