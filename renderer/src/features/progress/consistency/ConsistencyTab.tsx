import { Alert, Card, Col, Empty, Row, Segmented, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../../shared/domain/points';
import type {
  EvaluatorConsistency,
  ItemDisagreement,
} from '../../../../../shared/domain/views/progress';
import { QueryView } from '../../../components/QueryView';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';
import { useConsistency } from '../progressApi';

export interface ConsistencyTabProps {
  campaignId: string;
  roundId: string;
}

type Measure = 'range' | 'sd';

const TOP = 10;

function signed(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${formatCenti(value)}`;
}

/** How lenient or strict each evaluator is next to the panel; advisory, it changes nothing. */
export function ConsistencyTab({ campaignId, roundId }: ConsistencyTabProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const [measure, setMeasure] = useState<Measure>('range');
  const query = useConsistency(campaignId, roundId);
  const evaluatorColumns: TableColumnsType<EvaluatorConsistency> = [
    { key: 'name', title: t('progress.colEvaluator'), dataIndex: 'name' },
    { key: 'sheets', title: t('progress.colSheetsSubmitted'), dataIndex: 'sheets', align: 'right' },
    {
      key: 'compared',
      title: t('progress.colCompared'),
      dataIndex: 'comparedSheets',
      align: 'right',
    },
    {
      key: 'signed',
      title: t('progress.colSigned'),
      align: 'right',
      render: (_, e) => signed(e.meanSigned),
    },
    {
      key: 'absolute',
      title: t('progress.colAbsolute'),
      align: 'right',
      render: (_, e) => (e.meanAbsolute === null ? '—' : formatCenti(e.meanAbsolute)),
    },
  ];
  const itemColumns: TableColumnsType<ItemDisagreement> = [
    { key: 'code', title: t('progress.colItemCode'), dataIndex: 'code', width: 90 },
    {
      key: 'name',
      title: t('progress.colItemName'),
      render: (_, item) => (language === 'en' ? item.nameEn : item.name),
    },
    { key: 'branches', title: t('progress.colPanels'), dataIndex: 'branches', align: 'right' },
    {
      key: 'range',
      title: t('progress.colRange'),
      align: 'right',
      render: (_, item) => formatCenti(item.meanRange),
    },
    {
      key: 'sd',
      title: t('progress.colSd'),
      align: 'right',
      render: (_, item) => formatCenti(item.meanSd),
    },
  ];
  return (
    <QueryView query={query} rows={8}>
      {(report) => {
        const items = [...report.items]
          .sort((a, b) =>
            measure === 'range'
              ? b.meanRange - a.meanRange || b.meanSd - a.meanSd
              : b.meanSd - a.meanSd || b.meanRange - a.meanRange,
          )
          .slice(0, TOP);
        return (
          <>
            <Alert
              type="info"
              showIcon
              className="xp-pg-summary"
              title={t('progress.advisoryTitle')}
              description={t('progress.advisoryText', { count: report.panelBranches })}
              data-testid="consistency-advisory"
            />
            {report.panelBranches === 0 ? (
              <Card>
                <Empty description={t('progress.noPanels')} />
              </Card>
            ) : (
              <Row gutter={[12, 12]}>
                <Col xs={24} xl={11}>
                  <Card size="small" title={t('progress.evaluatorsTitle')}>
                    <Table
                      size="small"
                      rowKey="evaluatorId"
                      columns={evaluatorColumns}
                      dataSource={report.evaluators}
                      pagination={false}
                      data-testid="consistency-evaluators"
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={13}>
                  <Card
                    size="small"
                    title={t('progress.itemsTitle', { count: TOP })}
                    extra={
                      <Segmented<Measure>
                        size="small"
                        value={measure}
                        onChange={setMeasure}
                        options={[
                          { value: 'range', label: t('progress.byRange') },
                          { value: 'sd', label: t('progress.bySd') },
                        ]}
                      />
                    }
                  >
                    <Table
                      size="small"
                      rowKey="code"
                      columns={itemColumns}
                      dataSource={items}
                      pagination={false}
                      data-testid="consistency-items"
                    />
                  </Card>
                </Col>
              </Row>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
