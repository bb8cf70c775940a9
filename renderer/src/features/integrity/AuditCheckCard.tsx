import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { translateError } from '../../i18n/translateError';

/**
 * 校验审计日志: recomputes the audit log's hash chain (what `xingping verify` does) and says
 * whether it is intact or which entry was changed, removed or inserted.
 */
export function AuditCheckCard() {
  const { t } = useTranslation();
  const check = useMutation({ mutationFn: () => call('integrity.verifyAudit', {}) });
  const report = check.data;
  return (
    <Card title={t('auditCheck.title')} data-testid="audit-check">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('auditCheck.text')}</Typography.Text>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={check.isPending}
          onClick={() => check.mutate()}
          data-testid="audit-check-run"
        >
          {t('auditCheck.run')}
        </Button>
        {check.isError && <Alert type="error" showIcon message={translateError(t, check.error)} />}
        {report?.intact === true && (
          <Alert
            type="success"
            showIcon
            data-testid="audit-check-result"
            message={t('auditCheck.intact', { entries: report.entries })}
          />
        )}
        {report?.intact === false && (
          <Alert
            type="error"
            showIcon
            data-testid="audit-check-result"
            message={t('auditCheck.broken', {
              position: report.brokenAt,
              entries: report.entries,
              at: report.at,
              action: report.action,
            })}
            description={t(`integrity.problem_${report.problem}`)}
          />
        )}
      </Space>
    </Card>
  );
}
