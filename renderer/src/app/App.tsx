import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createQueryClient } from '../api/queryClient';
import { StartGate } from '../features/recovery/StartGate';
import { AntdProviders } from './AntdProviders';
import { Shell } from './Shell';

export interface AppProps {
  i18n: I18n;
  /** The page's CSP nonce; antd's style tags are refused without it. */
  nonce: string | undefined;
}

export function App({ i18n, nonce }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AntdProviders nonce={nonce}>
          <StartGate>
            <Shell />
          </StartGate>
        </AntdProviders>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
