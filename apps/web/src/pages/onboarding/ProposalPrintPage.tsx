// Print view of a service proposal: the document alone (navigation hidden when printing),
// sections, staffing plan and the monthly cost estimate.
import { Button, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatMoney, yuanToFen } from '@pinzhi/domain';
import { CompanyLetterhead } from '../../components/CompanyLetterhead';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { OnboardingQuery } from './onboarding.operations';

/** Yuan amounts through the app's one money formatter. */
const money = (yuan: number) => formatMoney(yuanToFen(yuan));
const cell = { border: '1px solid #999', padding: '4px 8px' } as const;

export default function ProposalPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OnboardingQuery, { variables: { id } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const o = data!.onboarding;
  const p = o.proposal;
  if (!p) return <ErrorState error={new Error('no proposal')} />;
  const positions = new Map(data!.positions.map((x) => [x.id, x.name]));
  return (
    <div data-testid="proposal-print-page" style={{ background: '#fff', padding: 32, maxWidth: 900, margin: '0 auto' }}>
      <style>
        {
          '@media print { .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; } .ant-layout-content { margin: 0 !important; padding: 0 !important; } }'
        }
      </style>
      <div className="no-print" style={{ textAlign: 'right', marginBottom: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('onboarding.proposal.printNow')}
        </Button>
      </div>
      <CompanyLetterhead />
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {p.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {o.project?.code} {o.project?.name} · {o.project?.property.name}
      </Typography.Paragraph>
      {p.sections.map((s, i) => (
        <section key={s.key} style={{ marginBottom: 16 }}>
          <Typography.Title level={4}>
            {i + 1}. {s.title}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.body}</Typography.Paragraph>
        </section>
      ))}
      <Typography.Title level={4}>{t('onboarding.proposal.staffing')}</Typography.Title>
      <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: 16 }}>
        <thead>
          <tr>
            <th style={cell}>{t('onboarding.survey.position')}</th>
            <th style={cell}>{t('onboarding.survey.headcount')}</th>
            <th style={cell}>{t('onboarding.proposal.monthlyCostPerHead')}</th>
          </tr>
        </thead>
        <tbody>
          {p.staffing.map((s) => (
            <tr key={s.positionId}>
              <td style={cell}>{positions.get(s.positionId) ?? '—'}</td>
              <td style={cell}>{s.headcount}</td>
              <td style={cell}>{money(s.monthlyCostPerHead)}</td>
            </tr>
          ))}
          {p.otherCosts.map((c, i) => (
            <tr key={`c${i}`}>
              <td style={cell}>{c.item}</td>
              <td style={cell} />
              <td style={cell}>{money(c.monthlyAmount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph strong data-testid="print-total">
        {t('onboarding.proposal.monthlyCost')}：{t('onboarding.proposal.staffCost')} {money(p.monthlyCost.staff)} +{' '}
        {t('onboarding.proposal.otherCost')} {money(p.monthlyCost.other)} = {money(p.monthlyCost.total)}
      </Typography.Paragraph>
    </div>
  );
}
