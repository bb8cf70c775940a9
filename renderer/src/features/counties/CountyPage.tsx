import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCounties } from '../../api/queries';
import { NotFound } from '../../components/NotFound';
import { QueryView } from '../../components/QueryView';
import { BranchImportWizard } from '../branch-import/BranchImportWizard';
import { RegistryScreen } from '../branches/RegistryScreen';
import { NewCampaignModal } from '../campaigns/NewCampaignModal';
import { CountyFormModal } from './CountyFormModal';

export interface CountyPageProps {
  countyId: string;
}

/**
 * A county's own page: its names (printed on exports) and its townships and branches, which
 * can be set up and imported before any campaign exists; a campaign is created from here.
 */
export function CountyPage({ countyId }: CountyPageProps) {
  const { t } = useTranslation();
  const counties = useCounties();
  const [dialog, setDialog] = useState<'edit' | 'import' | 'campaign'>();
  return (
    <QueryView query={counties}>
      {(list) => {
        const county = list.find((c) => c.id === countyId);
        if (!county) return <NotFound />;
        return (
          <RegistryScreen
            scope={{ countyId }}
            title={county.name}
            subtitle={t('county.pageSubtitle')}
            extra={
              <>
                <Button
                  icon={<UploadOutlined />}
                  onClick={() => setDialog('import')}
                  data-testid="county-import"
                >
                  {t('branchImport.open')}
                </Button>
                {!county.isDemo && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => setDialog('campaign')}
                    data-testid="county-new-campaign"
                  >
                    {t('campaigns.new')}
                  </Button>
                )}
              </>
            }
          >
            {county.isDemo && (
              <Alert
                type="warning"
                showIcon
                className="xp-county-card"
                title={t('county.demoNote')}
              />
            )}
            <Card
              size="small"
              className="xp-county-card"
              title={t('county.settingsTitle')}
              extra={
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setDialog('edit')}
                  data-testid="county-edit"
                >
                  {t('county.edit')}
                </Button>
              }
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 3 }}
                data-testid="county-settings"
                items={[
                  { key: 'name', label: t('county.fieldName'), children: county.name },
                  { key: 'code', label: t('county.fieldCode'), children: county.code ?? '—' },
                  {
                    key: 'department',
                    label: t('county.fieldDepartment'),
                    children:
                      county.department ?? t('county.departmentDefault', { county: county.name }),
                  },
                ]}
              />
            </Card>
            {dialog === 'edit' && (
              <CountyFormModal county={county} onClose={() => setDialog(undefined)} />
            )}
            {dialog === 'import' && (
              <BranchImportWizard scope={{ countyId }} onClose={() => setDialog(undefined)} />
            )}
            <NewCampaignModal
              open={dialog === 'campaign'}
              countyId={countyId}
              onClose={() => setDialog(undefined)}
            />
          </RegistryScreen>
        );
      }}
    </QueryView>
  );
}
