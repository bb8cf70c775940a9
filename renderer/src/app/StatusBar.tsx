import { DatabaseOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/queries';
import { translateError } from '../i18n/translateError';
import { OperatorStatus } from '../features/operator/OperatorStatus';

/**
 * Who is working (recorded on every change and export) and where the data lives: people copy
 * this path to back up or hand over the file.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const info = useAppInfo();
  return (
    <Layout.Footer className="xp-status" role="contentinfo">
      {info.isPending ? (
        <Space size="small">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('app.statusLoading')}</Typography.Text>
        </Space>
      ) : info.isError ? (
        <Space size="small">
          <Typography.Text type="danger">
            {t('app.statusFailed')} · {translateError(t, info.error)}
          </Typography.Text>
          <Button size="small" type="link" onClick={() => void info.refetch()}>
            {t('common.retry')}
          </Button>
        </Space>
      ) : (
        <>
          <OperatorStatus />
          <Space size="small">
            <DatabaseOutlined />
            <Typography.Text type="secondary">{t('app.dataFile')}</Typography.Text>
            <Typography.Text copyable={{ text: info.data.dataFile }} data-testid="data-file">
              {info.data.dataFile}
            </Typography.Text>
          </Space>
          <Typography.Text type="secondary">
            {t('app.version', { version: info.data.version })}
          </Typography.Text>
        </>
      )}
    </Layout.Footer>
  );
}
