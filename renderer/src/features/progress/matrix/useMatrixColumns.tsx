import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixRow, ProgressMatrix } from '../../../../../shared/domain/views/progress';
import { sheetHref } from '../../../app/routes';
import type { GridColumn } from '../VirtualGrid';
import { StatusCell } from './StatusCell';

/** Township, branch, then one column per evaluator (the self-assessment first). */
export function useMatrixColumns(
  campaignId: string,
  matrix: ProgressMatrix | undefined,
): GridColumn<MatrixRow>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    if (!matrix) return [];
    const items = new Map(matrix.items.map((item) => [item.code, item]));
    const fixed: GridColumn<MatrixRow>[] = [
      {
        key: 'township',
        title: t('progress.colTownship'),
        width: 'minmax(110px, 1fr)',
        minWidth: 110,
        render: (row) => row.townshipName,
      },
      {
        key: 'branch',
        title: t('progress.colBranch'),
        width: 'minmax(150px, 1.5fr)',
        minWidth: 150,
        render: (row) => row.branchName,
      },
    ];
    const evaluators = matrix.columns.map((column, index): GridColumn<MatrixRow> => {
      const name = column.evaluatorId === null ? t('progress.selfColumn') : column.name;
      return {
        key: `e${index}`,
        title: name,
        width: 'minmax(120px, 1fr)',
        minWidth: 120,
        align: 'center',
        render: (row) => {
          const cell = row.cells[index];
          if (!cell) return null;
          return (
            <StatusCell
              cell={cell}
              href={sheetHref(
                campaignId,
                matrix.roundId,
                row.branchId,
                column.evaluatorId,
                'progress',
              )}
              requiredItems={matrix.requiredItems}
              items={items}
              label={`${row.branchName} · ${name}`}
            />
          );
        },
      };
    });
    return [...fixed, ...evaluators];
  }, [campaignId, matrix, t]);
}
