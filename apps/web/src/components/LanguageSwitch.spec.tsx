import { fireEvent, screen } from '@testing-library/react';
import { Empty } from 'antd';
import dayjs from 'dayjs';
import LoginPage from '../pages/login/LoginPage';
import { renderWithApp } from '../test/utils';
import { formatDate } from '../lib/format';

describe('language switch', () => {
  it('switches UI strings, antd locale and date formats, and remembers the choice', async () => {
    renderWithApp(
      <>
        <LoginPage />
        <Empty data-testid="antd-empty" />
        <span data-testid="date">{formatDate('2025-03-01')}</span>
      </>,
      { routePath: '/login', me: null },
    );
    // Chinese by default.
    expect(screen.getByRole('button', { name: '登 录' })).toBeTruthy();
    expect(document.querySelector('.ant-empty-description')?.textContent).toBe('暂无数据');
    expect(dayjs.locale()).toBe('zh-cn');

    fireEvent.click(screen.getByText('English'));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Use your work email to sign in')).toBeTruthy();
    expect(document.querySelector('.ant-empty-description')?.textContent).toBe('No data'); // antd's own locale
    expect(dayjs.locale()).toBe('en');
    expect(localStorage.getItem('pinzhi.lang')).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');

    fireEvent.click(screen.getByText('中文'));
    expect(await screen.findByText('使用您的工作邮箱登录')).toBeTruthy();
    expect(localStorage.getItem('pinzhi.lang')).toBe('zh-CN');
  });

  it('formats calendar dates per language', () => {
    dayjs.locale('zh-cn');
    expect(formatDate('2025-03-01')).toBe('2025年3月1日');
    dayjs.locale('en');
    expect(formatDate('2025-03-01')).toBe('Mar 1, 2025');
    dayjs.locale('zh-cn');
  });

  it('has the same keys in both languages (core and lazily loaded feature texts)', async () => {
    const { default: zh } = await import('../i18n/zh-CN');
    const { default: en } = await import('../i18n/en-US');
    const { featureTexts } = await import('../i18n/features');
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    expect(keys(featureTexts['en-US']).sort()).toEqual(keys(featureTexts['zh-CN']).sort());
    // A feature owns its top-level keys; merging it must not replace core texts.
    expect(Object.keys(featureTexts['zh-CN']).filter((k) => k in zh)).toEqual([]);
  });
});
