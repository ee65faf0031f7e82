// Top-level and route-level error boundaries: an unexpected error shows a message with reload,
// never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from 'antd';
import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { useRouteError } from 'react-router-dom';
import i18n from '../i18n';
import { StatusPanel } from './StatusPanel';

function isChunkError(error: unknown): boolean {
  const message = (error as { message?: string } | undefined)?.message ?? '';
  return /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically/i.test(message);
}

export function CrashScreen({ error, onReset }: { error: unknown; onReset?: () => void }) {
  const t = i18n.t.bind(i18n);
  return (
    <StatusPanel
      testId="crash-screen"
      icon={isChunkError(error) ? <WarningFilled /> : <CloseCircleFilled />}
      color={isChunkError(error) ? '#faad14' : '#ff4d4f'}
      title={t('states.crashTitle')}
      subTitle={isChunkError(error) ? t('states.chunkError') : t('states.crash')}
      extra={
        <>
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
          {onReset ? <Button onClick={onReset}>{t('states.backHome')}</Button> : null}
        </>
      }
    />
  );
}

interface Props {
  children: ReactNode;
  fallback?: (error: unknown, reset: () => void) => ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Uncaught UI error', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render() {
    if (this.state.error) {
      return this.props.fallback ? (
        this.props.fallback(this.state.error, this.reset)
      ) : (
        <CrashScreen
          error={this.state.error}
          onReset={() => {
            this.reset();
            window.location.assign('/');
          }}
        />
      );
    }
    return this.props.children;
  }
}

/** errorElement of the router: errors thrown while rendering a route or loading its chunk. */
export function RouteError() {
  const error = useRouteError();
  console.error('Route error', error);
  return <CrashScreen error={error} onReset={() => window.location.assign('/')} />;
}
