// 巡检点二维码打印页 /patrols/:projectId/codes: an A4 sheet, 12 codes a page, the point's name (and
// zone) under each. A code holds the full link to the point in the field app, so the phone's own
// camera, 企业微信 or 钉钉 opens it; the tag in it proves the code was read on the spot.
import { Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FeatureTexts } from '../../components/FeatureTexts';
import { QrImage } from '../../components/QrImage';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { PatrolSetupQuery } from './patrols.operations';

const PRINT_CSS = `@page { size: A4; margin: 10mm; }
@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout-content { margin: 0 !important; padding: 0 !important; }
  .qr-card { break-inside: avoid; }
  .qr-card:nth-child(12n) { break-after: page; }
}`;

function Sheet() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PatrolSetupQuery, { variables: { projectIds: [projectId] } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const points = data!.patrolPoints.filter((p) => p.qrPath);
  return (
    <div data-testid="patrol-codes-print" style={{ background: '#fff', padding: 24, maxWidth: '210mm', margin: '0 auto' }}>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Button onClick={() => navigate(`/patrols?project=${projectId}`)}>{t('common.back')}</Button>
        <Typography.Text type="secondary">{t('field.print.hint')}</Typography.Text>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('field.print.print')}
        </Button>
      </Space>
      {points.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('field.admin.noPoints')}</Typography.Paragraph>
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
          {points.map((p) => (
            <div
              key={p.id}
              className="qr-card"
              style={{ border: '1px dashed #bbb', padding: 8, textAlign: 'center' }}
              data-testid="patrol-qr-card"
              data-point={p.id}
            >
              <div style={{ display: 'flex', justifyContent: 'center' }}>
                <QrImage text={`${window.location.origin}${p.qrPath}`} size={150} alt={p.name} testId="patrol-qr" />
              </div>
              <Typography.Text strong style={{ fontSize: 14 }}>
                {p.name}
              </Typography.Text>
              <div style={{ fontSize: 11, color: '#888' }}>{[p.zoneName, p.locationHint].filter(Boolean).join(' · ')}</div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

export default function PatrolCodesPrintPage() {
  return (
    <FeatureTexts>
      <Sheet />
    </FeatureTexts>
  );
}
