import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { ServiceStatusBanner } from '../components/ServiceStatusBanner';
import { LocaleProvider } from './LocaleProvider';
import type { Language } from '../i18n';

export function AppProviders({ client, children, language }: { client: ApolloClient; children: ReactNode; language?: Language }) {
  return (
    <LocaleProvider initialLanguage={language}>
      <ServiceStatusBanner />
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </LocaleProvider>
  );
}
