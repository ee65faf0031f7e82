// The public survey page's own entry (survey.html, served for /s/<token>): customers open it on a
// phone, so it carries only the page, antd's components it uses and a plain Apollo client — no
// admin shell, router, session, i18n or feature texts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import PublicSurveyPage from './pages/surveys/PublicSurveyPage';

const token = decodeURIComponent(window.location.pathname.replace(/^\/s\//, '').split('/')[0] ?? '');
const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <PublicSurveyPage token={token} />
    </ApolloProvider>
  </StrictMode>,
);
