import { InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuotaLimit } from '../model/types';

type LimitKind = 'none' | 'share' | 'count';

export interface LimitInputProps {
  value: QuotaLimit | undefined;
  onChange: (next: QuotaLimit | undefined) => void;
  ariaLabel: string;
}

function kindOf(limit: QuotaLimit | undefined): LimitKind {
  if (!limit) return 'none';
  return 'share' in limit ? 'share' : 'count';
}

/** A quota bound: none, a share of the branches rated (%), or a fixed count. */
export function LimitInput({ value, onChange, ariaLabel }: LimitInputProps) {
  const { t } = useTranslation();
  const kind = kindOf(value);
  const number = value ? ('share' in value ? value.share : value.count) : null;
  return (
    <Space.Compact className="xp-limit-input">
      <Select<LimitKind>
        aria-label={ariaLabel}
        className="xp-limit-kind"
        value={kind}
        options={(['none', 'share', 'count'] as const).map((k) => ({
          value: k,
          label: t(`rubricEditor.limitKinds.${k}`),
        }))}
        onChange={(next) => {
          if (next === 'none') onChange(undefined);
          else if (next === 'share') onChange({ share: Math.min(100, number ?? 10) });
          else onChange({ count: Math.round(number ?? 1) });
        }}
      />
      {kind !== 'none' && (
        <InputNumber<number>
          aria-label={t('rubricEditor.limitValueAria', { limit: ariaLabel })}
          className="xp-limit-value"
          min={0}
          max={kind === 'share' ? 100 : 100_000}
          // Shares may be fractional (12.5%); without a fixed precision 10 shows as 10, not 10.0.
          precision={kind === 'share' ? undefined : 0}
          suffix={kind === 'share' ? '%' : undefined}
          value={number}
          onChange={(v) => onChange(kind === 'share' ? { share: v ?? 0 } : { count: v ?? 0 })}
        />
      )}
    </Space.Compact>
  );
}
