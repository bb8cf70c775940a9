import { List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../../shared/domain/views/publication';
import { NamingFileButtons } from '../documents/NamingFileButtons';
import { SignedCheckbox } from '../documents/SignedCheckbox';
import { useNamings } from '../queries';
import { useLevelLabel } from '../useLevelLabel';

/** 命名记录: each naming of the notice with its document and the branches it named. */
export function NamingHistory({ notice, campaignId }: { notice: NoticeView; campaignId: string }) {
  const { t } = useTranslation();
  const namings = useNamings(notice.id);
  const levelLabel = useLevelLabel(campaignId);
  const [signed, setSigned] = useState(true);
  if (!namings.data || namings.data.length === 0) return null;
  return (
    <div data-testid="naming-history">
      <Space className="xp-publication-history-head">
        <Typography.Title level={5}>{t('publication.naming.history')}</Typography.Title>
        <SignedCheckbox checked={signed} onChange={setSigned} testId="naming-signed" />
      </Space>
      <List
        size="small"
        bordered
        dataSource={namings.data}
        renderItem={(n) => (
          <List.Item>
            <Space orientation="vertical" size={4}>
              <Typography.Text strong>
                {t('publication.naming.historyLine', {
                  document: n.documentNumber,
                  day: n.namedOn,
                  named: n.named.length,
                  sentUp: n.sentUp.length,
                })}
              </Typography.Text>
              <Space size={[4, 4]} wrap>
                {n.named.map((b) => (
                  <Tag key={b.branchId} color="green">
                    {b.branchName} · {levelLabel(b.level)}
                  </Tag>
                ))}
                {n.sentUp.map((b) => (
                  <Tag key={b.branchId} color="blue">
                    {b.branchName} · {levelLabel(b.level)}
                  </Tag>
                ))}
              </Space>
              <NamingFileButtons naming={n} roundId={notice.roundId} signed={signed} />
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
