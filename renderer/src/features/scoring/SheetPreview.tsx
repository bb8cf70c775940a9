import { Card, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { CompiledRubric, SheetPreviewResult } from '../../../../shared/scoring';
import { previewSheet } from '../../../../shared/scoring';
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
