import { Alert, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricVersionSummary, RubricView } from '../../../../shared/domain/views';
import { useSetCampaignRubric } from './mutations';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { moveErrorText } from './moveError';
import './rubric.css';

export interface ChangeVersionModalProps {
  open: boolean;
  campaignId: string;
  current: RubricView;
  /** Other versions of the same lineage. */
  choices: RubricVersionSummary[];
  onClose: () => void;
  onChanged: (to: RubricVersionSummary) => void;
}

/**
 * Moves the campaign to another version of its rubric. The explanation is the confirmation:
 * scores stay, and the service refuses when a scored item would be lost, naming it here.
 */
export function ChangeVersionModal(props: ChangeVersionModalProps) {
  const { open, campaignId, current, choices, onClose, onChanged } = props;
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const setRubric = useSetCampaignRubric();
  const [chosen, setChosen] = useState<string | undefined>(choices.at(-1)?.id);
  const [error, setError] = useState<string | null>(null);
  const target = choices.find((c) => c.id === chosen);

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = () => {
    if (!target) return;
    setError(null);
    setRubric.mutate(
      { campaignId, rubricVersionId: target.id },
      {
        onSuccess: () => {
          onChanged(target);
          close();
        },
        onError: (e) => setError(moveErrorText(t, e, current.definition, language)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('rubric.changeVersionTitle')}
      okText={
        target
          ? t('rubric.changeVersionOk', { version: target.version })
          : t('rubric.changeVersion')
      }
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !target }}
      confirmLoading={setRubric.isPending}
      onOk={submit}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('rubric.changeVersionIntro', { version: current.version })}
      </Typography.Paragraph>
      <Radio.Group
        value={chosen}
        onChange={(e) => {
          setChosen(String(e.target.value));
          setError(null);
        }}
        aria-label={t('rubric.changeVersionTitle')}
      >
        <Space orientation="vertical">
          {choices.map((v) => (
            <Radio key={v.id} value={v.id}>
              <Space size="small" wrap>
                <span>{t('rubric.versionName', { version: v.version, name: v.name })}</span>
                <Typography.Text type="secondary">
                  {t(`scheme.${v.scheme}`)} · {t('rubric.maxValue', { max: formatCenti(v.max) })}
                </Typography.Text>
                {v.frozen && <Tag color="blue">{t('rubric.frozen')}</Tag>}
              </Space>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <Typography.Paragraph type="secondary" className="xp-change-version-note">
        {t('rubric.changeVersionNote')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} data-testid="change-version-error" />}
    </Modal>
  );
}
