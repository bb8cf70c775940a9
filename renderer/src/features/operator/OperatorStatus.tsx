import { UserOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../api/queries';
import { OperatorModal } from './OperatorModal';

/** The status bar's "操作人：王芳 · 更换": who the trail will name, and how to change it. */
export function OperatorStatus() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const [changing, setChanging] = useState(false);
  const name = preferences.data?.operatorName ?? null;
  return (
    <Space size="small" data-testid="operator-status">
      <UserOutlined />
      <Typography.Text type="secondary">{t('operator.label')}</Typography.Text>
      {name === null ? (
        <Typography.Text type="warning">{t('operator.unnamed')}</Typography.Text>
      ) : (
        <Typography.Text data-testid="operator-current">{name}</Typography.Text>
      )}
      <Button
        size="small"
        type="link"
        onClick={() => setChanging(true)}
        data-testid="operator-change"
      >
        {name === null ? t('operator.give') : t('operator.change')}
      </Button>
      {changing && <OperatorModal current={name} onClose={() => setChanging(false)} />}
    </Space>
  );
}
