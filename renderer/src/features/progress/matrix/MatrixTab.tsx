import { Alert, Select, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressFilter } from '../../../../../shared/domain/views/progress';
import { PROGRESS_FILTERS } from '../../../../../shared/domain/views/progress';
import { queryKeys } from '../../../api/queryKeys';
import { useSessionState } from '../../../app/sessionState';
import { QueryView } from '../../../components/QueryView';
import { BulkSubmitButton } from '../../bulk-submit/BulkSubmitButton';
import { useProgressMatrix } from '../progressApi';
import { VirtualGrid } from '../VirtualGrid';
import { CompletionTables } from './CompletionTables';
import { useMatrixColumns } from './useMatrixColumns';

export interface MatrixTabProps {
  campaignId: string;
  roundId: string;
}

/** A province is too big for one screen: the server sends at most this many rows. */
const ROW_LIMIT = 5000;

export function MatrixTab({ campaignId, roundId }: MatrixTabProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // Kept for the session: a sheet opened from a row comes back to the same filters.
  const [townshipId, setTownship] = useSessionState<string | undefined>(
    `progress/${campaignId}/township`,
    undefined,
  );
  const [filter, setFilter] = useSessionState<ProgressFilter>(
    `progress/${campaignId}/filter`,
    'all',
  );
  const query = useProgressMatrix({
    campaignId,
    roundId,
    filter,
    limit: ROW_LIMIT,
    ...(townshipId ? { townshipId } : {}),
  });
  const columns = useMatrixColumns(campaignId, query.data);
  const roundName = useMemo(
    () => query.data?.rounds.find((r) => r.roundId === roundId)?.name ?? '',
    [query.data, roundId],
  );
  return (
    <QueryView query={query} rows={10}>
      {(matrix) => (
        <>
          <CompletionTables
            rounds={matrix.rounds}
            townships={matrix.byTownship}
            roundName={roundName}
            onTownship={setTownship}
          />
          <div className="xp-pg-filters">
            <Select
              className="xp-pg-select"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('progress.allTownships')}
              aria-label={t('progress.township')}
              value={townshipId}
              onChange={(value?: string) => setTownship(value)}
              options={matrix.townships.map((tw) => ({ value: tw.id, label: tw.name }))}
              data-testid="progress-township"
            />
            <Select
              className="xp-pg-select"
              aria-label={t('progress.statusFilter')}
              value={filter}
              onChange={setFilter}
              options={PROGRESS_FILTERS.map((f) => ({
                value: f,
                label: t(`progress.filter.${f}`),
              }))}
              data-testid="progress-filter"
            />
            <Typography.Text type="secondary" data-testid="progress-row-count">
              {t('progress.rowCount', { count: matrix.totalRows })}
            </Typography.Text>
            <BulkSubmitButton
              roundId={roundId}
              townshipId={townshipId}
              onSubmitted={() =>
                void client.invalidateQueries({ queryKey: queryKeys.campaign(campaignId) })
              }
            />
          </div>
          {matrix.totalRows > matrix.rows.length && (
            <Alert
              type="info"
              showIcon
              className="xp-pg-summary"
              title={t('progress.truncated', {
                shown: matrix.rows.length,
                total: matrix.totalRows,
              })}
            />
          )}
          <VirtualGrid
            rows={matrix.rows}
            columns={columns}
            rowKey={(row) => row.branchId}
            label={t('progress.matrixLabel')}
            testId="progress-matrix"
          />
        </>
      )}
    </QueryView>
  );
}
