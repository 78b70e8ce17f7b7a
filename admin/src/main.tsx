import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { currentLang } from './i18n.ts';
import { queryClient } from './query.ts';
import { Forbidden } from './routes/guard.ts';
import './styles.css';

document.documentElement.lang = currentLang();
const root = document.getElementById('root');
if (root) {
  // A guard's refusal reaches the screen through the router's error boundary and is shown in words
  // ("Tidak berhak"); it is an answer, not a defect, so only other caught errors go to the console.
  const onCaughtError = (error: unknown, info: { componentStack?: string }) => {
    if (!(error instanceof Forbidden)) console.error(error, info.componentStack ?? '');
  };
  createRoot(root, { onCaughtError }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
