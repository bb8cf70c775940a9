import { Drawer, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/domain/views';
import { useBranchAudit } from '../../api/sheets';
import { ErrorResult } from '../../components/ErrorResult';
import { formatValue } from './drafts';

export interface AuditDrawerProps {
  branchId: string;
  open: boolean;
  onClose: () => void;
}

const SHEET_ACTIONS = [
  'open',
  'score',
  'remark',
  'submit',
  'reopen',
  'resolve-veto',
  'evidence-add',
  'evidence-remove',
  'import',
  'confirm-conflict',
  'remove-assignment',
  'import-create',
  'import-update',
  'import-enrol',
  'backfill-assignment',
] as const;
const REGISTRY_ACTIONS = [
  'create',
  'rename',
  'update',
  'move',
  'archive',
  'restore',
  'delete',
  'join',
  'leave',
] as const;

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Registry changes use the registry's words; sheet, assignment and import entries the trail's own. */
function actionLabel(t: TFunction, entry: AuditEntryView): string {
  const { action, entity } = entry;
  if ((entity === 'branch' || entity === 'township') && includes(REGISTRY_ACTIONS, action)) {
    return t(`branchRegistry.auditAction.${action}`);
  }
  return includes(SHEET_ACTIONS, action) ? t(`scoring.action.${action}`) : action;
}

function fieldOf(side: unknown, field: string): string | null {
  if (side && typeof side === 'object' && field in side) {
    const value = (side as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

function itemOf(entry: AuditEntryView): string {
  for (const side of [entry.after, entry.before]) {
    if (side && typeof side === 'object' && 'item' in side && typeof side.item === 'string') {
      return side.item;
    }
  }
  return '';
}

/** Score changes show the entries; other actions show their plain before/after text. */
function sideText(t: TFunction, side: unknown): string {
  if (side === null || side === undefined) return '—';
  if (typeof side === 'string') return t(`scoring.status.${side}`, { defaultValue: side });
  if (typeof side === 'object' && 'value' in side) return formatValue(t, side.value);
  // Evidence files and branch changes: the file's or the branch's name says what changed.
  return fieldOf(side, 'fileName') ?? fieldOf(side, 'name') ?? '—';
}

export function AuditDrawer({ branchId, open, onClose }: AuditDrawerProps) {
  const { t } = useTranslation();
  const audit = useBranchAudit(branchId, open);
  const columns: TableColumnsType<AuditEntryView> = [
    {
      key: 'at',
      title: t('scoring.auditAt'),
      render: (_, e) => new Date(e.at).toLocaleString(),
      width: 160,
    },
    { key: 'actor', title: t('scoring.auditActor'), dataIndex: 'actor', width: 90 },
    {
      key: 'action',
      title: t('scoring.auditAction'),
      width: 90,
      render: (_, e) => actionLabel(t, e),
    },
    { key: 'item', title: t('scoring.auditItem'), render: (_, e) => itemOf(e), width: 80 },
    {
      key: 'change',
      title: t('scoring.auditChange'),
      render: (_, e) => {
        const before = sideText(t, e.before);
        const after = sideText(t, e.after);
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
      size="large"
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
