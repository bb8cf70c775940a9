import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorResult } from './ErrorResult';

export interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** Skeleton rows while loading; sized roughly like the content to avoid a jump. */
  rows?: number;
}

/** The three states every screen has: loading, failed with retry, and loaded. */
export function QueryView<T>({ query, children, rows = 6 }: QueryViewProps<T>) {
  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows }} />
      </Card>
    );
  }
  if (query.isError) {
    return (
      <Card>
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  return <>{children(query.data)}</>;
}
