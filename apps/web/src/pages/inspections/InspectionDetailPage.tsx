// 检查详情: score, items by section, photos, signature, location and the rectifications it
// opened; prints on paper (@media print hides the navigation and the buttons).
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography, theme } from 'antd';
import { AlertOutlined, DownloadOutlined, FilePdfOutlined, PrinterOutlined, ToolOutlined } from '@ant-design/icons';
import { RECTIFICATION_MANAGERS } from '@pinzhi/domain';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CompanyLetterhead } from '../../components/CompanyLetterhead';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useDownload } from '../../components/useDownload';
import { useMe } from '../../session/SessionProvider';
import { useCan } from '../../session/Allow';
import { FeedbackStateTag } from '../feedback/parts';
import { CreateRectificationModal } from './CreateRectificationModal';
import { formatDateTime } from '../../lib/format';
import { AuthImage } from './EvidencePhotos';
import { InspectionQuery } from './inspections.operations';
import { bilingual, formatPercent, itemTitle, PassTag, RectificationStateTag, ResultTag } from './parts';

export const PRINT_CSS = `@media print {
  .ant-layout-sider, .ant-layout-header, .no-print, .ant-drawer { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  .print-avoid-break { break-inside: avoid; }
}`;

export default function InspectionDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const lang = i18n.language;
  const me = useMe();
  const mayRaiseComplaint = useCan('complaints.run');
  const { download, pending } = useDownload();
  const [rectifying, setRectifying] = useState<{ id: string; title: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(InspectionQuery, { variables: { id } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const i = data!.inspection;
  const tz = i.project.timeZone;
  const byKey = new Map(i.items.map((r) => [r.itemKey, r]));
  const sections = i.templateVersion?.sections ?? [];
  // The API's rule (RectificationsService.create): the inspector who found it, or the managers.
  const mayOpenRectification = i.status === 'SUBMITTED' && (RECTIFICATION_MANAGERS.includes(me.role) || i.inspector?.id === me.user.id);
  return (
    <div data-testid="inspection-detail">
      <style>{PRINT_CSS}</style>
      {/* On paper only: the report is the company's document. */}
      <CompanyLetterhead printOnly />
      <PageHeader
        title={t('inspections.detail.title')}
        onBack={() => navigate('/inspections')}
        tags={<PassTag passed={i.passed} status={i.status} />}
        extra={
          <Space className="no-print">
            {i.status === 'SUBMITTED' ? (
              <Button
                icon={<DownloadOutlined />}
                loading={!!pending}
                onClick={() =>
                  void download(
                    `/downloads/inspections/${encodeURIComponent(i.id)}.xlsx`,
                    `检查报告-${i.project.code}-${i.localDate ?? i.id}.xlsx`,
                  )
                }
                data-testid="export-inspection"
              >
                {t('inspections.detail.export')}
              </Button>
            ) : null}
            {i.status === 'SUBMITTED' ? (
              <Button
                icon={<FilePdfOutlined />}
                loading={!!pending}
                onClick={() =>
                  void download(
                    `/downloads/inspections/${encodeURIComponent(i.id)}.pdf?lang=${encodeURIComponent(i18n.language)}`,
                    `检查报告-${i.project.code}-${i.localDate ?? i.id}.pdf`,
                  )
                }
                data-testid="export-inspection-pdf"
              >
                {t('inspections.detail.exportPdf')}
              </Button>
            ) : null}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-inspection">
              {t('inspections.detail.print')}
            </Button>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }} className="print-avoid-break">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'center', marginBottom: 12 }}>
          <div>
            <div
              style={{ fontSize: 32, fontWeight: 600, color: i.passed ? token.colorSuccess : token.colorError }}
              data-testid="inspection-score"
            >
              {formatPercent(i.scorePercent)}
            </div>
            <Typography.Text type="secondary">
              {t('inspections.detail.points', { earned: i.earnedPoints ?? 0, possible: i.possiblePoints ?? 0, pass: i.passScore ?? 0 })}
            </Typography.Text>
          </div>
          {i.criticalFailed ? <Alert type="error" showIcon title={t('inspections.form.criticalFailed')} /> : null}
        </div>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('inspections.fields.project')}>
            <Link to={`/projects/${i.project.id}`}>{`${i.project.code} · ${i.project.name}`}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.template')}>
            {i.template?.name ?? t('common.none')}
            {i.templateVersion?.number ? ` · v${i.templateVersion.number}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.inspector')}>{i.inspector?.displayName ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.performedAt')}>{formatDateTime(i.performedAt, tz, 'short')}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.submittedAt')}>{formatDateTime(i.submittedAt, tz, 'short')}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.kind')}>
            {i.occurrence ? t('inspections.planned') : t('inspections.adHoc')}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.location')}>
            <span data-testid="inspection-location">
              {[i.locationText, i.latitude != null && i.longitude != null ? `${i.latitude.toFixed(5)}, ${i.longitude.toFixed(5)}` : null]
                .filter(Boolean)
                .join(' · ') || t('common.none')}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.failedItems')}>{i.failedItems}</Descriptions.Item>
          {i.note ? <Descriptions.Item label={t('inspections.fields.note')}>{i.note}</Descriptions.Item> : null}
        </Descriptions>
      </Card>

      <Card
        size="small"
        title={t('inspections.detail.rectifications')}
        style={{ marginBottom: 12 }}
        data-testid="inspection-rectifications"
      >
        {i.rectifications.length === 0 ? (
          <Typography.Text type="secondary">{t('inspections.detail.noRectifications')}</Typography.Text>
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={i.rectifications}
            scroll={{ x: 600 }}
            columns={[
              {
                key: 'item',
                title: t('inspections.fields.item'),
                render: (_, r) => (
                  <Link to={`/rectifications/${r.id}`} data-testid="rectification-link">
                    {r.standard ? bilingual(r.standard.titleZh, r.standard.titleEn, lang) : r.description}
                  </Link>
                ),
              },
              {
                key: 'state',
                title: t('inspections.fields.state'),
                render: (_, r) => <RectificationStateTag state={r.state} overdue={r.overdue} />,
              },
              { key: 'owner', title: t('inspections.fields.owner'), render: (_, r) => r.owner?.displayName ?? t('common.none') },
              { key: 'deadline', title: t('inspections.fields.deadline'), render: (_, r) => formatDateTime(r.deadline, tz, 'short') },
              { key: 'auto', title: '', render: (_, r) => (r.automatic ? <Tag>{t('inspections.form.automatic')}</Tag> : null) },
            ]}
          />
        )}
      </Card>

      {sections.map((s) => (
        <Card
          key={s.key}
          size="small"
          title={bilingual(s.titleZh, s.titleEn, lang)}
          style={{ marginBottom: 12 }}
          data-testid="detail-section"
        >
          {s.items.map((item) => {
            const r = byKey.get(item.key);
            const failed = r?.result === 'FAIL';
            const deductions = item.deductions.filter((d) => r?.deductionKeys.includes(d.key));
            return (
              <div
                key={item.key}
                className="print-avoid-break"
                data-testid="detail-item"
                data-result={r?.result ?? ''}
                style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
              >
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                  <Space size={6} wrap>
                    <ResultTag result={r?.result} />
                    <Typography.Text strong={failed}>{itemTitle(item, lang)}</Typography.Text>
                    {item.critical ? <Tag color="red">{t('inspections.form.critical')}</Tag> : null}
                    {r?.employee ? (
                      <Tag color="volcano" data-testid="detail-charged-to">
                        {t('findings.chargedTo', { name: r.employee.name })}
                      </Tag>
                    ) : null}
                    {r?.customerFacing ? (
                      <Tag color="magenta" data-testid="detail-customer-facing">
                        {t('inspections.detail.customerFacing')}
                      </Tag>
                    ) : null}
                    {r?.feedback ? (
                      <span
                        data-testid="detail-feedback"
                        title={t('inspections.detail.feedbackState', { state: t(`feedback.states.${r.feedback.state}`) })}
                      >
                        <FeedbackStateTag state={r.feedback.state} />
                      </span>
                    ) : null}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {r?.result === 'NA' ? t('inspections.results.NA') : `${r?.earnedPoints ?? '—'} / ${item.points}`}
                  </Typography.Text>
                </div>
                {deductions.length ? (
                  <div style={{ marginTop: 4 }}>
                    {deductions.map((d) => (
                      <Tag key={d.key} color="red" variant="outlined">
                        {bilingual(d.labelZh, d.labelEn, lang)} −{d.points}
                      </Tag>
                    ))}
                  </div>
                ) : null}
                {r?.note ? <Typography.Paragraph style={{ margin: '4px 0 0' }}>{r.note}</Typography.Paragraph> : null}
                {r?.evidence.length ? (
                  <Space wrap style={{ marginTop: 6 }}>
                    {r.evidence.map((f) => (
                      <AuthImage key={f.id} url={f.url} testId="detail-photo" />
                    ))}
                  </Space>
                ) : null}
                {r?.rectification ? (
                  <div style={{ marginTop: 4 }}>
                    <Link to={`/rectifications/${r.rectification.id}`}>{t('inspections.detail.viewRectification')}</Link>
                  </div>
                ) : failed && !item.critical && r?.id && mayOpenRectification ? (
                  <div style={{ marginTop: 4 }} className="no-print">
                    <Button
                      size="small"
                      icon={<ToolOutlined />}
                      onClick={() => setRectifying({ id: r.id!, title: itemTitle(item, lang) })}
                      data-testid="create-rectification"
                    >
                      {t('inspections.detail.createRectification')}
                    </Button>
                  </div>
                ) : null}
                {failed && r?.id && mayRaiseComplaint ? (
                  <div style={{ marginTop: 4 }} className="no-print">
                    <Link to={`/complaints?new=1&itemResultId=${r.id}`} data-testid="raise-complaint">
                      <AlertOutlined /> {t('complaints.raise')}
                    </Link>
                  </div>
                ) : null}
              </div>
            );
          })}
        </Card>
      ))}

      <Card size="small" title={t('inspections.form.signature')} className="print-avoid-break">
        {i.signature ? (
          <AuthImage url={i.signature.url} size={280} height={140} fit="contain" testId="detail-signature" />
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        )}
      </Card>
      <CreateRectificationModal itemResultId={rectifying?.id ?? null} title={rectifying?.title ?? ''} onClose={() => setRectifying(null)} />
    </div>
  );
}
