import { Drawer, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { AuditEntryView } from '../../../../shared/domain/views';
import { useBranchAudit } from './queries';
import { ErrorResult } from '../../components/ErrorResult';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { actionLabel, itemCodeOf, itemText, sideText } from './auditText';

export interface AuditDrawerProps {
  branchId: string;
  /** The rubric's items, so entries show item names and option labels, not codes and keys. */
  items: readonly RubricItem[];
  open: boolean;
  onClose: () => void;
}

export function AuditDrawer({ branchId, items, open, onClose }: AuditDrawerProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const audit = useBranchAudit(branchId, open);
  const byCode = useMemo(() => new Map(items.map((i) => [i.code, i])), [items]);
  const columns: TableColumnsType<AuditEntryView> = [
    {
      key: 'at',
      title: t('scoring.auditAt'),
      render: (_, e) => formatDateTime(e.at, language),
      width: 160,
    },
    { key: 'actor', title: t('scoring.auditActor'), dataIndex: 'actor', width: 90 },
    {
      key: 'action',
      title: t('scoring.auditAction'),
      width: 110,
      render: (_, e) => actionLabel(t, e),
    },
    {
      key: 'item',
      title: t('scoring.auditItem'),
      ellipsis: true,
      width: 180,
      render: (_, e) => {
        const code = itemCodeOf(e);
        return itemText(byCode.get(code), code, language);
      },
    },
    {
      key: 'change',
      title: t('scoring.auditChange'),
      width: 220,
      render: (_, e) => {
        const item = byCode.get(itemCodeOf(e));
        const before = sideText(t, e.before, item, language);
        const after = sideText(t, e.after, item, language);
        // Opening a sheet has no value on either side; an arrow between dashes says nothing.
        return before === '—' && after === '—' ? '' : `${before} → ${after}`;
      },
    },
    { key: 'reason', title: t('scoring.auditReason'), render: (_, e) => e.reason ?? '' },
  ];
  return (
    <Drawer
      title={t('scoring.auditTitle')}
      open={open}
      onClose={onClose}
      // Wide enough for time, person, action, item and the change side by side; never wider
      // than the window.
      size="min(1000px, 94vw)"
      data-testid="audit-drawer"
    >
      {audit.isError ? (
        <ErrorResult error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table
          rowKey="seq"
          size="small"
          loading={audit.isPending}
          columns={columns}
          dataSource={audit.data ? [...audit.data].reverse() : []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      )}
    </Drawer>
  );
}
