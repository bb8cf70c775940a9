import { ImportOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricVersionSummary } from '../../../../shared/domain/views';
import { useRubricVersionList } from '../rubric/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { ImportRubricModal } from './ImportRubricModal';
import { TemplateCards } from './TemplateCards';
import { VersionTable } from './VersionTable';
import { ViewRubricDrawer } from './ViewRubricDrawer';
import './rubricLibrary.css';

/** `#/rubrics`: built-in templates, every rubric version by lineage, and file import. */
export function RubricLibraryPage() {
  const { t } = useTranslation();
  const versions = useRubricVersionList();
  const [importing, setImporting] = useState(false);
  const [viewing, setViewing] = useState<RubricVersionSummary | null>(null);
  return (
    <>
      <PageHeader
        title={t('rubricLibrary.title')}
        subtitle={t('rubricLibrary.subtitle')}
        extra={
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            {t('rubricLibrary.import')}
          </Button>
        }
      />
      <TemplateCards />
      <Card title={t('rubricLibrary.versionsTitle')}>
        <QueryView query={versions} rows={6}>
          {(list) => <VersionTable versions={list} onView={setViewing} />}
        </QueryView>
      </Card>
      <ImportRubricModal open={importing} onClose={() => setImporting(false)} />
      <ViewRubricDrawer version={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
