import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricView } from '../../../../shared/domain/views';
import { useRubricVersionList } from './queries';
import { rubricEditHref } from '../../app/routes';
import { ChangeVersionModal } from './ChangeVersionModal';

export interface RubricActionsProps {
  campaignId: string;
  rubric: RubricView;
}

/** Edit the campaign's rubric (a frozen one becomes a new version) or move to another version. */
export function RubricActions({ campaignId, rubric }: RubricActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const versions = useRubricVersionList();
  const [changing, setChanging] = useState(false);
  const choices = (versions.data ?? [])
    .filter((v) => v.lineageId === rubric.lineageId && v.id !== rubric.id)
    .sort((a, b) => a.version - b.version);
  const noChoice = versions.isSuccess && choices.length === 0;
  return (
    <Space wrap>
      <Button icon={<EditOutlined />} href={rubricEditHref(rubric.id)}>
        {t('rubric.edit')}
      </Button>
      <Tooltip title={noChoice ? t('rubric.noOtherVersion') : undefined}>
        <Button
          icon={<SwapOutlined />}
          disabled={!versions.isSuccess || noChoice}
          onClick={() => setChanging(true)}
        >
          {t('rubric.changeVersion')}
        </Button>
      </Tooltip>
      {changing && (
        <ChangeVersionModal
          open={changing}
          campaignId={campaignId}
          current={rubric}
          choices={choices}
          onClose={() => setChanging(false)}
          onChanged={(to) =>
            void message.success(t('rubric.versionChanged', { version: to.version }))
          }
        />
      )}
    </Space>
  );
}
