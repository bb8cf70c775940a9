import { Alert, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FingerprintCheck as Check } from '../../../../shared/domain/views/integrity';
import { call } from '../../api/client';
import { translateError } from '../../i18n/translateError';

/** 核对指纹: a fingerprint read off printed minutes or a notice, checked against this file. */
export function FingerprintCheck() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Check | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async () => {
    setError(null);
    try {
      setAnswer(await call('integrity.findCheckpoint', { fingerprint: text }));
    } catch (failure) {
      setAnswer(null);
      setError(translateError(t, failure));
    }
  };
  const found = answer?.found ? answer : null;
  return (
    <>
      <Button type="link" onClick={() => setOpen(true)} data-testid="fingerprint-open">
        {t('freeze.checkFingerprint')}
      </Button>
      <Modal
        open={open}
        title={t('freeze.checkFingerprint')}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={text}
              onChange={(e) => setText(e.target.value)}
              onPressEnter={() => void check()}
              placeholder={t('freeze.fingerprintPlaceholder')}
              aria-label={t('freeze.fingerprint')}
              data-testid="fingerprint-input"
            />
            <Button type="primary" onClick={() => void check()} disabled={text.trim().length < 4}>
              {t('freeze.check')}
            </Button>
          </Space.Compact>
          {error && <Alert type="error" showIcon message={error} />}
          {answer && !answer.found && (
            <Alert
              type="error"
              showIcon
              message={t('freeze.fingerprintUnknown')}
              data-testid="fingerprint-result"
            />
          )}
          {found && (
            <Alert
              data-testid="fingerprint-result"
              type={found.checkpoint.signatureValid && found.current ? 'success' : 'warning'}
              showIcon
              message={t(
                !found.checkpoint.signatureValid
                  ? 'freeze.fingerprintBadSignature'
                  : found.current
                    ? 'freeze.fingerprintCurrent'
                    : 'freeze.fingerprintSuperseded',
                {
                  county: found.checkpoint.county,
                  campaign: found.checkpoint.campaign,
                  round: found.checkpoint.round,
                  version: found.checkpoint.version,
                },
              )}
              description={t('freeze.fingerprintBy', {
                at: found.checkpoint.frozenAt.slice(0, 16).replace('T', ' '),
                by: found.checkpoint.frozenBy,
                keyId: found.checkpoint.keyId,
              })}
            />
          )}
        </Space>
      </Modal>
    </>
  );
}
