// A light stand-in for antd's <Result> (which bundles large 403/404/500 illustrations): icon,
// title, explanation and actions, centred. Used by the states that must load with the shell.
import type { ReactNode } from 'react';
import { theme } from 'antd';

export function StatusPanel({
  icon,
  color,
  title,
  subTitle,
  extra,
  compact,
  testId,
}: {
  icon: ReactNode;
  color?: string;
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  compact?: boolean;
  testId?: string;
}) {
  const { token } = theme.useToken();
  return (
    <div data-testid={testId} role="status" style={{ padding: compact ? '32px 16px' : '48px 32px', textAlign: 'center' }}>
      <div style={{ fontSize: compact ? 48 : 72, lineHeight: 1, color: color ?? token.colorWarning, marginBottom: 24 }}>{icon}</div>
      <div style={{ fontSize: compact ? 20 : 24, lineHeight: 1.33, color: token.colorTextHeading, marginBottom: 8 }}>{title}</div>
      {subTitle ? <div style={{ fontSize: 14, color: token.colorTextDescription, maxWidth: 560, margin: '0 auto' }}>{subTitle}</div> : null}
      {extra ? (
        <div style={{ marginTop: 24, display: 'inline-flex', gap: 8, flexWrap: 'wrap', justifyContent: 'center' }}>{extra}</div>
      ) : null}
    </div>
  );
}
