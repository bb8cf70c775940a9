import { Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
}

/** Title row of a screen; antd 6 has no PageHeader, and every screen needs the same one. */
export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  return (
    <div className="xp-page-header">
      <div>
        <Typography.Title level={3} className="xp-page-title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra}
    </div>
  );
}
