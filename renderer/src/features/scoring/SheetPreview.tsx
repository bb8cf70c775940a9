import { Card, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { BranchResult, CompiledRubric } from '../../../../shared/scoring';
import { computeResults, sheetFromEntries } from '../../../../shared/scoring';
import type { Drafts } from './drafts';
import { engineEntries, localName } from './drafts';

export interface SheetPreviewProps {
  result: BranchResult | undefined;
  definition: RubricDefinition;
}

/** What the shared engine makes of this sheet alone, from the values on screen (saved or not). */
export function usePreview(rubric: CompiledRubric, drafts: Drafts, branchId: string) {
  return useMemo(() => {
    const sheet = sheetFromEntries(rubric, engineEntries(rubric.items, drafts));
    const [result] = computeResults(rubric, [{ branchId, townshipId: 'preview', sheets: [sheet] }]);
    return result;
  }, [rubric, drafts, branchId]);
}

export function SheetPreview({ result, definition }: SheetPreviewProps) {
  const { t, i18n } = useTranslation();
  if (!result) return null;
  // Incomplete sheets have no engine total; the sum so far still helps while scoring.
  const total = result.total ?? result.dimensions.reduce((sum, d) => sum + d.score, 0);
  return (
    <Card
      size="small"
      title={t('scoring.previewTitle')}
      className="xp-score-preview"
      data-testid="sheet-preview"
    >
      <table className="xp-score-preview-table">
        <tbody>
          {result.dimensions.map((d, i) => {
            const dim = definition.dimensions[i];
            const passed = d.passLine !== null && d.score >= d.passLine;
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
            children:
              result.level === null
                ? t('scoring.levelPending')
                : t('scoring.levelValue', { level: result.level }),
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
