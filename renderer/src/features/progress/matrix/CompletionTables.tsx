import { Button, Card, Col, Progress, Row, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CompletionCounts,
  RoundCompletion,
  TownshipCompletion,
} from '../../../../../shared/domain/views/progress';
import { percent } from '../percent';

export interface CompletionTablesProps {
  rounds: RoundCompletion[];
  townships: TownshipCompletion[];
  roundName: string;
  onTownship: (townshipId: string) => void;
}

/** Counts and percentages of sheets and branches, per round and per township. */
export function CompletionTables({
  rounds,
  townships,
  roundName,
  onTownship,
}: CompletionTablesProps) {
  const { t } = useTranslation();
  function countColumns<T extends CompletionCounts>(withOpen: boolean): TableColumnsType<T> {
    const columns: TableColumnsType<T> = [
      {
        key: 'sheets',
        title: <Tooltip title={t('progress.colSheetsTip')}>{t('progress.colSheets')}</Tooltip>,
        align: 'right',
        render: (_, r) => (
          <span className="xp-nowrap">
            {r.submitted} / {r.expected}
          </span>
        ),
      },
      {
        key: 'branches',
        title: (
          <Tooltip title={t('progress.colBranchesTip')}>{t('progress.colBranchesDone')}</Tooltip>
        ),
        align: 'right',
        render: (_, r) => (
          <span className="xp-nowrap">
            {r.branchesDone} / {r.branches}
          </span>
        ),
      },
      {
        key: 'progress',
        title: t('progress.colPercent'),
        width: 160,
        render: (_, r) => <Progress percent={percent(r.submitted, r.expected)} size="small" />,
      },
    ];
    // The open sheets split into in progress and not started; only the township table has room.
    if (withOpen) {
      columns.splice(1, 0, {
        key: 'open',
        title: t('progress.colOpen'),
        align: 'right',
        render: (_, r) => (
          <span className="xp-nowrap">
            {t('progress.openCounts', { inProgress: r.inProgress, notStarted: r.notStarted })}
          </span>
        ),
      });
    }
    return columns;
  }
  const roundColumns: TableColumnsType<RoundCompletion> = [
    {
      key: 'name',
      title: t('progress.colRound'),
      render: (_, r) => <span className="xp-nowrap">{r.name}</span>,
    },
    ...countColumns<RoundCompletion>(false),
  ];
  const townshipColumns: TableColumnsType<TownshipCompletion> = [
    {
      key: 'name',
      title: t('progress.colTownship'),
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          className="xp-pg-link"
          title={t('progress.showTownship')}
          onClick={() => onTownship(r.townshipId)}
        >
          {r.name}
        </Button>
      ),
    },
    ...countColumns<TownshipCompletion>(true),
  ];
  return (
    <Row gutter={[12, 12]} className="xp-pg-summary">
      <Col xs={24} xl={9}>
        <Card size="small" title={t('progress.byRound')}>
          <Table
            size="small"
            rowKey="roundId"
            columns={roundColumns}
            dataSource={rounds}
            pagination={false}
            data-testid="completion-rounds"
          />
        </Card>
      </Col>
      <Col xs={24} xl={15}>
        <Card size="small" title={t('progress.byTownship', { round: roundName })}>
          <Table
            size="small"
            rowKey="townshipId"
            columns={townshipColumns}
            dataSource={townships}
            pagination={false}
            scroll={{ y: 150 }}
            data-testid="completion-townships"
          />
        </Card>
      </Col>
    </Row>
  );
}
