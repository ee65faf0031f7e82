// Small shared pieces of the inspection and rectification screens.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationState } from '@pinzhi/domain';
import type { Language } from '../../i18n';

export const RECTIFICATION_STATE_COLORS: Record<RectificationState, string> = { OPEN: 'orange', SUBMITTED: 'blue', VERIFIED: 'green' };

export function RectificationStateTag({ state, overdue }: { state: RectificationState; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', gap: 4 }}>
      <Tag color={RECTIFICATION_STATE_COLORS[state]} data-testid="rectification-state" data-state={state}>
        {t(`inspections.rectificationStates.${state}`)}
      </Tag>
      {overdue ? (
        <Tag color="red" data-testid="rectification-overdue">
          {t('inspections.rectifications.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}

export function PassTag({ passed, status }: { passed: boolean | null | undefined; status?: string }) {
  const { t } = useTranslation();
  if (status === 'DRAFT') return <Tag>{t('inspections.status.DRAFT')}</Tag>;
  if (passed == null) return <Tag>{t('common.none')}</Tag>;
  return (
    <Tag color={passed ? 'green' : 'red'} data-testid="inspection-passed" data-passed={String(passed)}>
      {passed ? t('inspections.passed') : t('inspections.failed')}
    </Tag>
  );
}

export function ResultTag({ result }: { result: 'PASS' | 'FAIL' | 'NA' | null | undefined }) {
  const { t } = useTranslation();
  if (!result) return <Tag>{t('inspections.results.none')}</Tag>;
  const color = result === 'PASS' ? 'green' : result === 'FAIL' ? 'red' : 'default';
  return (
    <Tag color={color} data-testid="item-result" data-result={result}>
      {t(`inspections.results.${result}`)}
    </Tag>
  );
}

interface Bilingual {
  checkpointZh?: string | null;
  checkpointEn?: string | null;
  standard?: { titleZh: string; titleEn?: string | null; code?: string } | null;
}

/** What the inspector checks, in the chosen language. */
export function itemTitle(item: Bilingual, lang: string): string {
  const en = (lang as Language) === 'en-US';
  if (en) return item.checkpointEn || item.checkpointZh || item.standard?.titleEn || item.standard?.titleZh || '';
  return item.checkpointZh || item.standard?.titleZh || item.checkpointEn || '';
}

export function bilingual(zh: string, en: string | null | undefined, lang: string): string {
  return lang === 'en-US' ? en || zh : zh;
}

export function formatPercent(value: number | null | undefined): string {
  return value == null ? '—' : `${Number.isInteger(value) ? value : value.toFixed(2)}`;
}
