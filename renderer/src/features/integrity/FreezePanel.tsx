import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../i18n/translateError';
import { FingerprintCheck } from './FingerprintCheck';
import { FreezeModal } from './FreezeModal';
import { UnfreezeModal } from './UnfreezeModal';
import { useFreezeStatus } from './queries';

/**
 * 定稿 on the ranking of a round: the frozen state with its fingerprint (as printed on the
 * minutes), or the button that freezes the decided results. Unfreezing needs a reason.
 */
export function FreezePanel({ roundId, roundName }: { roundId: string; roundName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useFreezeStatus(roundId);
  const [dialog, setDialog] = useState<'freeze' | 'unfreeze' | null>(null);
  if (!status.data) return null;
  const { current, canFreeze, matches } = status.data;
  const done = (text: string) => {
    setDialog(null);
    void message.success(text);
  };
  const failed = (error: unknown) => void message.error(translateError(t, error));

  return (
    <div className="xp-freeze" data-testid="freeze-panel">
      {current ? (
        <Alert
          type={matches === false ? 'warning' : 'info'}
          showIcon
          icon={<LockOutlined />}
          data-testid="freeze-banner"
          message={t('freeze.banner', {
            version: current.version,
            fingerprint: current.fingerprint,
          })}
          description={
            <Space orientation="vertical" size={2}>
              <Typography.Text type="secondary">
                {t('freeze.bannerBy', {
                  by: current.frozenBy,
                  at: current.frozenAt.slice(0, 16).replace('T', ' '),
                })}
              </Typography.Text>
              {matches === false && <Typography.Text>{t('freeze.mismatch')}</Typography.Text>}
            </Space>
          }
          action={
            <Space orientation="vertical">
              <Button
                icon={<UnlockOutlined />}
                onClick={() => setDialog('unfreeze')}
                data-testid="unfreeze-open"
              >
                {t('freeze.unfreeze')}
              </Button>
              <FingerprintCheck />
            </Space>
          }
        />
      ) : (
        <Space wrap>
          <Tooltip title={canFreeze ? t('freeze.freezeHint') : t('freeze.needsMeeting')}>
            <Button
              icon={<LockOutlined />}
              disabled={!canFreeze}
              onClick={() => setDialog('freeze')}
              data-testid="freeze-open"
            >
              {t('freeze.freeze')}
            </Button>
          </Tooltip>
          <FingerprintCheck />
          {status.data.history.length > 0 && (
            <Typography.Text type="secondary" data-testid="freeze-history">
              {t('freeze.unfrozenNote', {
                version: status.data.history[0]!.version,
                reason: status.data.history[0]!.unfreezeReason ?? '',
              })}
            </Typography.Text>
          )}
        </Space>
      )}
      {dialog === 'freeze' && (
        <FreezeModal
          roundId={roundId}
          roundName={roundName}
          onDone={(version, fingerprint) => done(t('freeze.frozen', { version, fingerprint }))}
          onFailed={failed}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'unfreeze' && current && (
        <UnfreezeModal
          roundId={roundId}
          version={current.version}
          onDone={() => done(t('freeze.unfrozen'))}
          onFailed={failed}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}
