import { FileProtectOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../../shared/domain/views/files';
import type { FileVerdict } from '../../../../shared/domain/views/verification';
import { call } from '../../api/client';
import { pickFiles, releaseFiles } from '../../api/files';
import { translateError } from '../../i18n/translateError';

/**
 * 验证文件: a received workbook or document and its `.xpsig` signature, chosen one after the
 * other; says whether the file is the one signed, unchanged, who signed it and on which freeze.
 */
export function VerifyFileCard() {
  const { t } = useTranslation();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [signature, setSignature] = useState<PickedFile | null>(null);
  const [verdict, setVerdict] = useState<FileVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (set: (picked: PickedFile) => void) => {
    setError(null);
    setVerdict(null);
    try {
      const outcome = await pickFiles('verify');
      const [picked] = outcome.files;
      if (picked) set(picked);
      else if (outcome.refused[0]) setError(translateError(t, outcome.refused[0].error));
    } catch (failure) {
      setError(translateError(t, failure));
    }
  };
  const verify = async () => {
    if (!file || !signature) return;
    setBusy(true);
    try {
      setVerdict(
        await call('verification.verifyFile', { fileId: file.id, signatureFileId: signature.id }),
      );
      releaseFiles([file.id, signature.id]);
      setFile(null);
      setSignature(null);
    } catch (failure) {
      setError(translateError(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('verification.title')} data-testid="verify-file">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('verification.text')}</Typography.Text>
        <Space wrap>
          <Button onClick={() => void choose(setFile)} data-testid="verify-choose-file">
            {file ? file.fileName : t('verification.chooseFile')}
          </Button>
          <Button onClick={() => void choose(setSignature)} data-testid="verify-choose-signature">
            {signature ? signature.fileName : t('verification.chooseSignature')}
          </Button>
          <Button
            type="primary"
            icon={<FileProtectOutlined />}
            disabled={!file || !signature}
            loading={busy}
            onClick={() => void verify()}
            data-testid="verify-run"
          >
            {t('verification.verify')}
          </Button>
        </Space>
        {error && <Alert type="error" showIcon message={error} />}
        {verdict && <VerdictAlert verdict={verdict} />}
      </Space>
    </Card>
  );
}

function VerdictAlert({ verdict }: { verdict: FileVerdict }) {
  const { t } = useTranslation();
  if (!verdict.ok)
    return (
      <Alert
        type="error"
        showIcon
        data-testid="verify-result"
        message={t(`verification.problem_${verdict.problem}`)}
        description={
          verdict.problem === 'malformed' ? undefined : t('verification.signer', { ...verdict.signer })
        }
      />
    );
  const c = verdict.comment;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="verify-result"
      message={t('verification.intact', { name: verdict.signedName })}
      description={
        <Space orientation="vertical" size={2}>
          <span>{t('verification.signer', { ...verdict.signer })}</span>
          {verdict.signer.signedHere && <span>{t('verification.signedHere')}</span>}
          <span>
            {t('verification.comment', {
              what: c.what,
              where: [c.county, c.campaign, c.round].filter(Boolean).join(' '),
            })}
          </span>
          {c.checkpoint && <span>{t('verification.checkpoint', { ...c.checkpoint })}</span>}
        </Space>
      }
    />
  );
}
