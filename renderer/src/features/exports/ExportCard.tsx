import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';

export interface ExportCardProps {
  campaignId: string;
}

/** The reports superiors receive: one dialog with every sheet and its options. */
export function ExportCard({ campaignId }: ExportCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card title={t('exports.card.title')}>
      <Typography.Paragraph type="secondary">{t('exports.card.description')}</Typography.Paragraph>
      <Button type="primary" icon={<FileExcelOutlined />} onClick={() => setOpen(true)}>
        {t('exports.card.button')}
      </Button>
      {open ? <ExportDialog campaignId={campaignId} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
