// 问卷二维码打印页 /surveys/:id/codes: an A4 sheet of QR codes — the round's shared link, then one card
// per unused one-time code (code and QR) — to print and hand out or post at the sales office. The
// navigation and buttons are hidden on paper.
import { Button, Space, Switch, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CompanyLetterhead } from '../../components/CompanyLetterhead';
import { QrImage } from '../../components/QrImage';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { publicUrl } from './survey-utils';
import { SurveyRoundQuery } from './surveys.operations';

const PRINT_CSS = `@page { size: A4; margin: 12mm; }
@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout-content { margin: 0 !important; padding: 0 !important; }
  .qr-card { break-inside: avoid; }
}`;

export default function SurveyCodesPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [includeUsed, setIncludeUsed] = useState(false);
  const { data, loading, error, refetch } = useQuery(SurveyRoundQuery, { variables: { id } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const round = data!.surveyRound;
  const tickets = round.tickets.filter((x) => includeUsed || !x.usedAt);
  const heading = `${round.project ? `${round.project.name} · ` : ''}${round.name}`;
  return (
    <div data-testid="survey-codes-print" style={{ background: '#fff', padding: 24, maxWidth: '210mm', margin: '0 auto' }}>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Button onClick={() => navigate(`/surveys/${round.id}`)}>{t('common.back')}</Button>
        <Space>
          <Switch size="small" checked={includeUsed} onChange={setIncludeUsed} />
          {t('surveys.print.includeUsed')}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-codes">
            {t('surveys.print.print')}
          </Button>
        </Space>
      </Space>
      <CompanyLetterhead />
      <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
        {heading}
      </Typography.Title>
      {round.linkToken ? (
        <div className="qr-card" style={{ textAlign: 'center', border: '1px dashed #bbb', padding: 16, marginBottom: 16 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('surveys.print.scanToAnswer')}
          </Typography.Text>
          <div style={{ display: 'flex', justifyContent: 'center', margin: '12px 0' }}>
            <QrImage text={publicUrl(round.linkToken)} size={200} testId="qr-shared" />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 11, wordBreak: 'break-all' }}>
            {publicUrl(round.linkToken)}
          </Typography.Text>
        </div>
      ) : null}
      {tickets.length ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }} data-testid="qr-codes">
          {tickets.map((x) => (
            <div
              key={x.id}
              className="qr-card"
              style={{ border: '1px dashed #bbb', padding: 8, textAlign: 'center' }}
              data-testid="qr-card"
            >
              <div style={{ display: 'flex', justifyContent: 'center' }}>
                <QrImage text={publicUrl(x.token)} size={120} testId="qr-ticket" />
              </div>
              <Typography.Text code style={{ fontSize: 14 }}>
                {x.code}
              </Typography.Text>
              <div style={{ fontSize: 11, color: '#888' }}>{t('surveys.print.oneTime')}</div>
            </div>
          ))}
        </div>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print">
          {t('surveys.print.noCodes')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
