import { cspNonce } from './app/nonceFirst';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/global.css';
import { createI18n } from './i18n/createI18n';
import { loadSavedLanguage } from './i18n/language';

async function start(): Promise<void> {
  // Read the saved language first so the first paint is already in it (no flash of Chinese).
  const i18n = await createI18n(await loadSavedLanguage());
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} nonce={cspNonce} />
    </StrictMode>,
  );
}

void start();
