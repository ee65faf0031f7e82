import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { loadFeatureTexts } from './i18n';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import { ErrorBoundary } from './components/ErrorBoundary';
import { createApolloClient } from './lib/apollo';

// The field app (/field/*, often opened offline from the service worker's cache): its chunks and
// the feature texts start loading now, beside this bundle's start-up, instead of one after another
// once the router has rendered (main → FieldApp → texts → home was a ~1.2 s chain of waits).
if (window.location.pathname.startsWith('/field')) {
  void import('./pages/field/FieldApp');
  void loadFeatureTexts();
}

const client = createApolloClient();
const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppProviders client={client}>
        <RouterProvider router={router} />
      </AppProviders>
    </ErrorBoundary>
  </StrictMode>,
);
