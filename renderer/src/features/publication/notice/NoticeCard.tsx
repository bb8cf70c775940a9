import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeEntryView, NoticeView } from '../../../../../shared/domain/views/publication';
import { localDay, noticeState } from '../days';
import { NoticeDocumentButton } from '../documents/NoticeDocumentButton';
import { useLevelLabel } from '../useLevelLabel';

const STATE_COLORS = { upcoming: 'default', running: 'processing', ended: 'success' } as const;

/** The published notice: its period, channels and the list as it was published. */
export function NoticeCard({ notice, campaignId }: { notice: NoticeView; campaignId: string }) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel(campaignId);
  const state = noticeState(notice, localDay());
  const { channels } = notice;
  return (
    <Card
      title={notice.title}
      data-testid="notice"
      extra={
        <Space>
          <NoticeDocumentButton notice={notice} />
          <Tag color={STATE_COLORS[state]} data-testid="notice-state">
            {t(`publication.notice.state.${state}`)}
          </Tag>
        </Space>
      }
    >
      {notice.calendarWarning && (
        <Alert
          type="warning"
          showIcon
          className="xp-publication-period"
          message={t(`publication.notice.${notice.calendarWarning}`)}
        />
      )}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('publication.notice.workingDays')} span={2}>
          <span data-testid="notice-period-text">
            {t('publication.notice.endPreview', {
              start: notice.startDay,
              end: notice.endDay,
              days: notice.workingDays,
            })}
          </span>
          {notice.daysOff > 0 && (
            <Typography.Text type="secondary">
              {' · '}
              {t('publication.notice.daysOff', { count: notice.daysOff })}
            </Typography.Text>
          )}
        </Descriptions.Item>
        {(['phone', 'letter', 'visit', 'address'] as const)
          .filter((field) => channels[field] !== '')
          .map((field) => (
            <Descriptions.Item key={field} label={t(`publication.notice.${field}`)}>
              {channels[field]}
            </Descriptions.Item>
          ))}
        {channels.rules.length > 0 && (
          <Descriptions.Item label={t('publication.notice.rules')} span={2}>
            {channels.rules.join(t('publication.separator'))}
          </Descriptions.Item>
        )}
        <Descriptions.Item
          label={t('publication.notice.version', { version: notice.version })}
          span={2}
        >
          {t('publication.notice.publishedBy', {
            by: notice.createdBy,
            at: notice.createdAt.slice(0, 16).replace('T', ' '),
          })}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} className="xp-publication-list-title">
        {t('publication.notice.entries', { count: notice.entries.length })}
      </Typography.Title>
      <Table<NoticeEntryView>
        rowKey="branchId"
        size="small"
        dataSource={notice.entries}
        pagination={notice.entries.length > 20 ? { pageSize: 20 } : false}
        data-testid="notice-entries"
        columns={[
          { key: 'seq', title: t('publication.notice.seq'), dataIndex: 'seq', width: 70 },
          { key: 'branch', title: t('publication.notice.branch'), dataIndex: 'branchName' },
          { key: 'township', title: t('publication.notice.township'), dataIndex: 'townshipName' },
          {
            key: 'level',
            title: t('publication.notice.level'),
            render: (_, e) => levelLabel(e.proposedLevel),
          },
        ]}
      />
    </Card>
  );
}
