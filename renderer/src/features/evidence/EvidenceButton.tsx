import { PaperClipOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSheet } from './activeSheet';
import { useEvidenceList } from './evidenceApi';
import { EvidenceDrawer } from './EvidenceDrawer';

export interface EvidenceButtonProps {
  /** The sheet on screen and whether it is locked (submitted). */
  sheet: EvidenceSheet;
  /** null: the sheet-level button, counting and listing every file of the sheet. */
  itemCode: string | null;
  /** The item's name, for the drawer's title. */
  itemName?: string;
}

/**
 * The paperclip of an item (or the sheet's 证明材料 button) with the number of files attached.
 * All buttons of a sheet share one list query, so a sheet of many items makes one request.
 */
export function EvidenceButton({ sheet, itemCode, itemName }: EvidenceButtonProps) {
  const { t } = useTranslation();
  const list = useEvidenceList(sheet.sheetId);
  const [open, setOpen] = useState(false);
  const active = (list.data ?? []).filter(
    (f) => f.removedAt === null && (itemCode === null || f.itemCode === itemCode),
  ).length;
  const testId = itemCode === null ? 'evidence-sheet' : `evidence-${itemCode}`;
  const title =
    itemCode === null
      ? t('evidence.sheetTitle')
      : t('evidence.itemTitle', { code: itemCode, name: itemName ?? '' });
  const button =
    itemCode === null ? (
      <Button icon={<PaperClipOutlined />} onClick={() => setOpen(true)} data-testid={testId}>
        {t('evidence.sheetButton')}
      </Button>
    ) : (
      <Tooltip title={t('evidence.itemButton')}>
        <Button
          size="small"
          type="text"
          icon={<PaperClipOutlined />}
          aria-label={t('evidence.itemButtonAria', { code: itemCode, count: active })}
          onClick={() => setOpen(true)}
          data-testid={testId}
        />
      </Tooltip>
    );
  return (
    <>
      <Badge count={active} size="small" data-testid={`${testId}-count`}>
        {button}
      </Badge>
      {open && (
        <EvidenceDrawer
          sheet={sheet}
          itemCode={itemCode}
          title={title}
          open={open}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
