import { App, Button, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti, toCenti } from '../../../../../shared/domain/points';
import { translateError } from '../../../i18n/translateError';
import { useSetThreshold } from '../progressApi';

export interface ThresholdControlProps {
  campaignId: string;
  /** Stored threshold, hundredths. */
  threshold: number;
}

/** The gap (points) above which a branch is flagged, stored with the campaign. */
export function ThresholdControl({ campaignId, threshold }: ThresholdControlProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetThreshold(campaignId);
  const [draft, setDraft] = useState<number | null>(null);
  const shown = draft ?? Number(formatCenti(threshold));
  const changed = draft !== null && toCenti(draft) !== threshold;
  const submit = () => {
    if (draft === null || !changed) return;
    save.mutate(toCenti(draft), {
      onSuccess: () => {
        setDraft(null);
        void message.success(t('progress.thresholdSaved'));
      },
      onError: (error) => void message.error(translateError(t, error)),
    });
  };
  return (
    <Space>
      <Typography.Text>{t('progress.threshold')}</Typography.Text>
      <Space.Compact>
        <InputNumber
          className="xp-pg-threshold"
          min={0}
          max={10000}
          step={0.5}
          precision={2}
          value={shown}
          onChange={(value) => setDraft(value)}
          onPressEnter={submit}
          suffix={t('progress.pointsUnit')}
          aria-label={t('progress.threshold')}
          data-testid="gap-threshold"
        />
        <Button type="primary" disabled={!changed} loading={save.isPending} onClick={submit}>
          {t('progress.saveThreshold')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
