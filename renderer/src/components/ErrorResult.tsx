import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { campaignsHref } from '../app/routes';
import { translateError } from '../i18n/translateError';

export interface ErrorResultProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: what went wrong in the user's language, and a way on from there. */
export function ErrorResult({ error, onRetry }: ErrorResultProps) {
  const { t } = useTranslation();
  // Asking again will not bring back something deleted; going home will help.
  const gone = error instanceof ApiError && error.code === 'NOT_FOUND';
  return (
    <Result
      status={gone ? 'warning' : 'error'}
      title={t('common.loadFailed')}
      subTitle={translateError(t, error)}
      extra={
        <Space>
          {onRetry && !gone && (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
          {gone && (
            <Button type="primary" href={campaignsHref()}>
              {t('common.backToCampaigns')}
            </Button>
          )}
        </Space>
      }
    />
  );
}
