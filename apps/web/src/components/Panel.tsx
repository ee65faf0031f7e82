// A card-looking container without antd's <Card>, which pulls Tabs → Menu/Dropdown/Trigger
// (~40 KB gzip) into whatever bundle uses it; used where the initial bundle must stay small.
import type { CSSProperties, ReactNode } from 'react';
import { theme } from 'antd';

export function Panel({
  title,
  children,
  style,
  testId,
}: {
  title?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  const { token } = theme.useToken();
  return (
    <div
      data-testid={testId}
      style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, color: token.colorText, ...style }}
    >
      {title ? (
        <div
          style={{
            padding: `${token.paddingSM + 4}px ${token.paddingLG}px`,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            fontSize: 18,
            fontWeight: 600,
            color: token.colorTextHeading,
          }}
        >
          {title}
        </div>
      ) : null}
      <div style={{ padding: token.paddingLG }}>{children}</div>
    </div>
  );
}
