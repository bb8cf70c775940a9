import { Empty, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StarChange } from '../../../../../shared/domain/publication/star-history';
import { call } from '../../../api/client';
import { publicationKeys } from '../queries';
import { useLevelLabel } from '../useLevelLabel';

const COLORS: Record<StarChange, string> = {
  first: 'blue',
  up: 'green',
  down: 'orange',
  withdrawn: 'red',
  same: 'gray',
};

/**
 * 星级档案: a branch's named levels across years (动态管理), each with its basis document and
 * date, and how it changed from the year before (升星, 降星, 摘星) with the reason given.
 */
export function StarTimeline({
  branchId,
  campaignId,
}: {
  branchId: string;
  campaignId: string | undefined;
}) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel(campaignId);
  const history = useQuery({
    queryKey: publicationKeys.timeline(branchId),
    queryFn: () => call('publication.starTimeline', { branchId }),
  });
  return (
    <div data-testid="star-timeline">
      <Typography.Title level={5}>{t('publication.history.title')}</Typography.Title>
      {history.data && history.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publication.history.empty')} />
      ) : (
        <Timeline
          items={[...(history.data ?? [])].reverse().map((entry) => ({
            color: COLORS[entry.change],
            content: (
              <div>
                <Typography.Text strong>
                  {t('publication.history.line', {
                    year: entry.year,
                    level: levelLabel(entry.level),
                  })}
                </Typography.Text>{' '}
                <Tag color={COLORS[entry.change]}>
                  {t(`publication.history.change.${entry.change}`)}
                </Tag>
                <div>
                  <Typography.Text type="secondary">
                    {t('publication.history.basis', { document: entry.document, day: entry.day })}
                  </Typography.Text>
                </div>
                {entry.reason && (
                  <div>{t('publication.history.reason', { reason: entry.reason })}</div>
                )}
                {entry.exceptional && (
                  <div>{t('publication.history.exceptional', { reason: entry.exceptional })}</div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
