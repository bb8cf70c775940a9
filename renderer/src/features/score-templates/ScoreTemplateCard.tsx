import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportTemplateModal } from './ExportTemplateModal';
import { ImportTemplateModal } from './ImportTemplateModal';

export interface ScoreTemplateCardProps {
  campaignId: string;
}

/** Fill-in score workbooks: out to townships and evaluators, back in with a checked preview. */
export function ScoreTemplateCard({ campaignId }: ScoreTemplateCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <Card title={t('scoreTemplates.cardTitle')} data-testid="score-template-card">
      <Typography.Paragraph type="secondary">{t('scoreTemplates.cardHint')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => setOpen('export')}>
          {t('scoreTemplates.exportButton')}
        </Button>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setOpen('import')}>
          {t('scoreTemplates.importButton')}
        </Button>
      </Space>
      <ExportTemplateModal
        campaignId={campaignId}
        open={open === 'export'}
        onClose={() => setOpen(null)}
      />
      <ImportTemplateModal
        campaignId={campaignId}
        open={open === 'import'}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
}
