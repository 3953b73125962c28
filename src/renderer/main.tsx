import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, initialLanguage } from './i18n';
import { createApi } from './transport';
import './styles.css';

const api = createApi();
void initI18n(initialLanguage()).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
});
