import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BranchImportWizard } from './BranchImportWizard';

export interface BranchImportCardProps {
  campaignId: string;
}

/** The branch-list import on the Excel page: what it does, and the button that opens the wizard. */
export function BranchImportCard({ campaignId }: BranchImportCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card title={t('branchImport.cardTitle')} data-testid="branch-import-card">
      <Typography.Paragraph type="secondary">{t('branchImport.cardText')}</Typography.Paragraph>
      <Button type="primary" icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('branchImport.open')}
      </Button>
      {open && <BranchImportWizard scope={{ campaignId }} onClose={() => setOpen(false)} />}
    </Card>
  );
}
