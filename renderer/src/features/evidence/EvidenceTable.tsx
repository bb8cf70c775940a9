import { DeleteOutlined, DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileView } from '../../../../shared/domain/views/evidence';
import { isPreviewable } from '../../../../shared/domain/views/evidence';
import { savedText } from '../../components/files/saveOutcome';
import { saveEvidence } from './evidenceApi';
import { translateEvidenceError } from './evidenceErrors';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { formatBytes } from './formatBytes';

export interface EvidenceTableProps {
  files: EvidenceFileView[];
  /** Whole-sheet view: a column says which item each file belongs to. */
  showTarget: boolean;
  locked: boolean;
  loading: boolean;
  onView: (file: EvidenceFileView) => void;
  onRemove: (file: EvidenceFileView) => void;
}

/** Every file, removed ones included (struck through, with who, when and why). */
export function EvidenceTable(props: EvidenceTableProps) {
  const language = useCurrentLanguage();
  const { files, showTarget, locked, loading, onView, onRemove } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();

  const download = async (file: EvidenceFileView) => {
    try {
      const saved = await saveEvidence(file.id);
      const text = savedText(t, saved.file, saved.outcome);
      if (text) void message.success(text);
    } catch (caught) {
      void message.error(translateEvidenceError(t, caught));
    }
  };

  const columns: TableColumnsType<EvidenceFileView> = [
    {
      key: 'name',
      title: t('evidence.fileName'),
      minWidth: 180,
      render: (_, f) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text delete={f.removedAt !== null} strong={f.removedAt === null}>
            {f.fileName}
          </Typography.Text>
          {f.removedAt !== null && (
            <Typography.Text type="secondary" className="xp-evidence-removed">
              <Tag color="default">{t('evidence.removed')}</Tag>
              {t('evidence.removedBy', {
                by: f.removedBy ?? '',
                at: formatDateTime(f.removedAt, language),
                reason: f.removeReason ?? '',
              })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(showTarget
      ? [
          {
            key: 'target',
            title: t('evidence.target'),
            width: 110,
            render: (_: unknown, f: EvidenceFileView) => f.itemCode ?? t('evidence.wholeSheet'),
          },
        ]
      : []),
    {
      key: 'size',
      title: t('evidence.size'),
      width: 90,
      render: (_, f) => formatBytes(f.sizeBytes),
    },
    {
      key: 'uploaded',
      title: t('evidence.uploaded'),
      width: 170,
      render: (_, f) => (
        <Space orientation="vertical" size={0}>
          <span>{f.uploadedBy}</span>
          <Typography.Text type="secondary">
            {formatDateTime(f.createdAt, language)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'sha',
      title: t('evidence.sha256'),
      width: 160,
      render: (_, f) => (
        <Typography.Text
          code
          copyable={{ text: f.sha256, tooltips: [t('evidence.copySha'), t('evidence.copied')] }}
          title={f.sha256}
        >
          {f.sha256.slice(0, 12)}
        </Typography.Text>
      ),
    },
    {
      key: 'actions',
      title: t('evidence.actions'),
      width: 180,
      render: (_, f) => (
        <Space size={4}>
          {isPreviewable(f.mimeType) ? (
            <Button
              size="small"
              icon={<EyeOutlined />}
              onClick={() => onView(f)}
              data-testid="evidence-view"
            >
              {t('evidence.view')}
            </Button>
          ) : (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void download(f)}
              data-testid="evidence-download"
            >
              {t('evidence.download')}
            </Button>
          )}
          {f.removedAt === null && (
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={locked}
              onClick={() => onRemove(f)}
              data-testid="evidence-remove"
            >
              {t('evidence.remove')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={files}
      rowClassName={(f) => (f.removedAt === null ? '' : 'xp-evidence-row-removed')}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('evidence.empty') }}
      data-testid="evidence-table"
    />
  );
}
