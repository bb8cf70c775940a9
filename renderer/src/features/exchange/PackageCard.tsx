import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageSummary } from '../../../../shared/domain/views/exchange';
import type { PickedFile } from '../../../../shared/domain/views/files';
import { pickFiles, releaseFiles, saveFile } from '../../api/files';
import { savedText } from '../../components/files/saveOutcome';
import { translateError } from '../../i18n/translateError';
import { useExportPackage } from './mutations';
import { PackagePreviewModal } from './PackagePreviewModal';
import { usePeers, useTownships } from './queries';

/**
 * 交换包: what laptops send each other by USB stick or e-mail. Making one saves a signed
 * `.xpsync` of this laptop's changes (all, or since the last package to a laptop it heard
 * from); importing one shows what it would change before anything is merged.
 */
export function PackageCard() {
  const { t } = useTranslation();
  const peers = usePeers();
  const townships = useTownships();
  const exporting = useExportPackage();
  const [scope, setScope] = useState<string>('all');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<PickedFile | null>(null);
  const [merged, setMerged] = useState<PackageSummary | null>(null);

  const make = async () => {
    setError(null);
    setMessage(null);
    try {
      const [kind, id = ''] = scope.split(':');
      const file = await exporting.mutateAsync(
        kind === 'township'
          ? { kind: 'township', townshipId: id }
          : kind === 'since'
            ? { kind: 'since', peer: id }
            : { kind: 'all' },
      );
      setMessage(savedText(t, file, await saveFile(file)));
    } catch (failure) {
      setError(translateError(t, failure));
    }
  };
  const choose = async () => {
    setError(null);
    setMessage(null);
    setMerged(null);
    try {
      const outcome = await pickFiles('package');
      const [picked] = outcome.files;
      if (picked) setChosen(picked);
      else if (outcome.refused[0]) setError(translateError(t, outcome.refused[0].error));
    } catch (failure) {
      setError(translateError(t, failure));
    }
  };
  const closed = (summary: PackageSummary | null) => {
    if (chosen) releaseFiles([chosen.id]);
    setChosen(null);
    setMerged(summary);
  };

  const options = [
    { value: 'all', label: t('exchange.package.scopeAll') },
    ...(townships.data ?? []).map((township) => ({
      value: `township:${township.id}`,
      label: t('exchange.package.scopeTownship', { name: township.name, county: township.county }),
    })),
    ...(peers.data ?? []).map((peer) => ({
      value: `since:${peer.replica}`,
      label: t('exchange.package.scopeSince', { operator: peer.operator, replica: peer.replica }),
    })),
  ];
  return (
    <Card title={t('exchange.package.title')} data-testid="package-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('exchange.package.text')}</Typography.Text>
        <Space wrap>
          <Select
            value={scope}
            onChange={setScope}
            options={options}
            style={{ minWidth: 280 }}
            aria-label={t('exchange.package.scope')}
            data-testid="package-scope"
          />
          <Button
            type="primary"
            icon={<CloudDownloadOutlined />}
            loading={exporting.isPending}
            onClick={() => void make()}
            data-testid="package-export"
          >
            {t('exchange.package.export')}
          </Button>
          <Button
            icon={<CloudUploadOutlined />}
            onClick={() => void choose()}
            data-testid="package-import"
          >
            {t('exchange.package.import')}
          </Button>
        </Space>
        {message && <Alert type="success" showIcon message={message} />}
        {error && <Alert type="error" showIcon message={error} data-testid="package-error" />}
        {merged && (
          <Alert
            type={
              merged.counts.conflicting > 0 || merged.counts.refused > 0 ? 'warning' : 'success'
            }
            showIcon
            data-testid="package-merged"
            message={t('exchange.package.merged', {
              operator: merged.source.operator,
              added: merged.added,
              ...merged.counts,
            })}
          />
        )}
      </Space>
      {chosen && <PackagePreviewModal file={chosen} onClose={closed} />}
    </Card>
  );
}
