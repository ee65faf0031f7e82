// 整改详情: the finding, owner (and why they own it), deadline, state and history; submit with
// evidence (owner), verify or reject (verifiers who did not submit it; otherwise the buttons say
// why not); the Quality Center assigns or reassigns the owner with a reason (kept in the history).
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Modal, Space, Tag, Timeline, Tooltip, Typography, theme } from 'antd';
import { CheckOutlined, CloseOutlined, FilePdfOutlined, SendOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { RECTIFICATION_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useDownload } from '../../components/useDownload';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../session/SessionProvider';
import { useCan } from '../../session/Allow';
import { AssignOwnerModal } from './AssignOwnerModal';
import { AuthImage, EvidencePhotos } from './EvidencePhotos';
import type { EvidenceRef } from './inspection-form';
import {
  RectificationQuery,
  RejectRectificationMutation,
  SubmitRectificationMutation,
  VerifyRectificationMutation,
} from './inspections.operations';
import { bilingual, RECTIFICATION_STATE_COLORS, RectificationStateTag, ResultTag } from './parts';
import { rectificationActions, type ActionAvailability } from './rectification-actions';

const ACTION_COLORS = { CREATED: 'gray', SUBMITTED: 'blue', VERIFIED: 'green', REJECTED: 'red', ASSIGNED: 'orange' } as const;

/** An automatic opening carries no note (the API's `automatic` says why): word it in the user's language. */
export function eventNote(action: string, note: string | null | undefined, automatic: boolean, autoNote: string): string | null {
  if (note) return note;
  return action === 'CREATED' && automatic ? autoNote : null;
}

function BlockedReason({ a }: { a: ActionAvailability }) {
  const { t } = useTranslation();
  if (a.allowed || !a.reason) return null;
  return (
    <Typography.Text type="secondary" data-testid="action-blocked-reason" style={{ display: 'block', marginTop: 8 }}>
      {t(`inspections.rectification.blocked.${a.reason}`)}
    </Typography.Text>
  );
}

export default function RectificationDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(RectificationQuery, { variables: { id } });
  const [submitMutation, submitting] = useMutation(SubmitRectificationMutation);
  const [verifyMutation, verifying] = useMutation(VerifyRectificationMutation);
  const [rejectMutation, rejecting] = useMutation(RejectRectificationMutation);
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<EvidenceRef[]>([]);
  const [verifyNote, setVerifyNote] = useState('');
  const [rejectOpen, setRejectOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  const mayAssign = useCan('rectifications.assign');

  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const r = data!.rectification;
  const tz = r.project.timeZone;
  const actions = rectificationActions(r, { role: me.role, userId: me.user.id });
  const item = r.itemResult;

  const submit = async () => {
    if (r.evidenceRequired && evidence.length === 0) {
      setFormError(t('inspections.rectification.evidenceRequired'));
      return;
    }
    setFormError(null);
    try {
      await submitMutation({ variables: { id: r.id, note: note.trim() || null, evidenceIds: evidence.map((e) => e.id) } });
      setNote('');
      setEvidence([]);
      void message.success(t('inspections.rectification.submitted'));
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };
  const verify = async () => {
    try {
      await verifyMutation({ variables: { id: r.id, note: verifyNote.trim() || null } });
      setVerifyNote('');
      void message.success(t('inspections.rectification.verified'));
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };
  const reject = async () => {
    if (!reason.trim()) return;
    try {
      await rejectMutation({ variables: { id: r.id, reason: reason.trim() } });
      setRejectOpen(false);
      setReason('');
      void message.success(t('inspections.rectification.rejected'));
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const blockedTip = (a: ActionAvailability) => (a.reason ? t(`inspections.rectification.blocked.${a.reason}`) : undefined);
  const canAssign = mayAssign && r.state !== 'VERIFIED';
  const assignButton = canAssign ? (
    <Button icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)} data-testid="assign-owner">
      {r.needsOwner ? t('inspections.rectification.assign') : t('inspections.rectification.reassign')}
    </Button>
  ) : null;

  return (
    <div style={{ maxWidth: 960 }} data-testid="rectification-detail">
      <PageHeader
        title={t('inspections.rectification.title')}
        onBack={() => navigate('/rectifications')}
        tags={<RectificationStateTag state={r.state} overdue={r.overdue} />}
        extra={
          // 整改通知单: the PDF handed to the project, in the language the user reads.
          <Button
            icon={<FilePdfOutlined />}
            loading={!!pending}
            onClick={() =>
              void download(
                `/downloads/rectifications/${encodeURIComponent(r.id)}/notice.pdf?lang=${encodeURIComponent(lang)}`,
                `整改通知单-${r.project.code}.pdf`,
              )
            }
            data-testid="rectification-notice-pdf"
          >
            {t('inspections.rectification.noticePdf')}
          </Button>
        }
      />
      {r.overdue ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('inspections.rectification.overdueAlert')} /> : null}
      {r.needsOwner && r.state !== 'VERIFIED' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('inspections.rectification.needsOwnerTitle')}
          description={t('inspections.rectification.needsOwnerHint')}
          action={assignButton}
          data-testid="needs-owner-alert"
        />
      ) : null}
      <Card size="small" title={t('inspections.rectification.finding')} style={{ marginBottom: 12 }} data-testid="rectification-finding">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            {item ? <ResultTag result={item.result} /> : null}
            <Typography.Text strong>
              {item?.standard ? bilingual(item.standard.titleZh, item.standard.titleEn, lang) : r.description}
            </Typography.Text>
            {item?.critical ? <Typography.Text type="danger">{t('inspections.form.critical')}</Typography.Text> : null}
          </Space>
          {item?.standard ? (
            <Typography.Text type="secondary">
              {item.standard.code} · {bilingual(item.standard.requirementZh, item.standard.requirementEn, lang)}
            </Typography.Text>
          ) : null}
          {item?.note ? <Typography.Paragraph style={{ margin: 0 }}>{item.note}</Typography.Paragraph> : null}
          {item?.evidence.length ? (
            <Space wrap>
              {item.evidence.map((f) => (
                <AuthImage key={f.id} url={f.url} testId="finding-photo" />
              ))}
            </Space>
          ) : null}
          {r.inspection ? (
            <Link to={`/inspections/${r.inspection.id}`} data-testid="rectification-inspection-link">
              {t('inspections.rectification.fromInspection', {
                name: r.inspection.template?.name ?? '',
                date: r.inspection.localDate ?? '',
                inspector: r.inspection.inspector?.displayName ?? '',
              })}
            </Link>
          ) : null}
        </Space>
      </Card>

      <Card size="small" style={{ marginBottom: 12 }} extra={r.needsOwner ? null : assignButton}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('inspections.fields.description')}>
            <span data-testid="rectification-description">{r.description}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.project')}>{`${r.project.code} · ${r.project.name}`}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.owner')}>
            <span data-testid="rectification-owner">
              {!r.needsOwner ? (
                r.owner?.displayName
              ) : (
                <Tag color="orange">
                  {r.owner
                    ? t('inspections.rectification.ownerInactive', { name: r.owner.displayName })
                    : t('inspections.rectification.noOwnerYet')}
                </Tag>
              )}
            </span>
          </Descriptions.Item>
          {r.ownerSource ? (
            <Descriptions.Item label={t('inspections.rectification.ownerSource')}>
              <span data-testid="rectification-owner-source">{t(`inspections.ownerSources.${r.ownerSource}`)}</span>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('inspections.fields.deadline')}>
            <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatDateTime(r.deadline, tz, 'short')}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.openedAt')}>{formatDateTime(r.openedAt, tz, 'short')}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.rectification.evidenceRule')}>
            {r.evidenceRequired ? t('inspections.rectification.photosRequired') : t('inspections.rectification.photosOptional')}
          </Descriptions.Item>
          {r.rejections ? <Descriptions.Item label={t('inspections.rectification.rejections')}>{r.rejections}</Descriptions.Item> : null}
          <Descriptions.Item label={t('inspections.fields.kind')}>
            {r.automatic ? t('inspections.form.automatic') : t('inspections.form.requested')}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {actions.submit.shown ? (
        <Card
          size="small"
          title={t('inspections.rectification.submitTitle')}
          style={{ marginBottom: 12 }}
          data-testid="rectification-submit-card"
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <EvidencePhotos
              value={evidence}
              onChange={setEvidence}
              max={RECTIFICATION_RULES.evidence.max}
              disabled={!actions.submit.allowed}
              testId="rectification-photos"
            />
            <Input.TextArea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('inspections.rectification.notePlaceholder')}
              maxLength={RECTIFICATION_RULES.note.max}
              autoSize={{ minRows: 2, maxRows: 6 }}
              disabled={!actions.submit.allowed}
              data-testid="rectification-note"
            />
            {formError ? (
              <Typography.Text type="danger" role="alert">
                {formError}
              </Typography.Text>
            ) : null}
            <Tooltip title={blockedTip(actions.submit)}>
              <Button
                type="primary"
                size="large"
                icon={<SendOutlined />}
                loading={submitting.loading}
                disabled={!actions.submit.allowed}
                onClick={() => void submit()}
                data-testid="submit-rectification"
              >
                {t('inspections.rectification.submit')}
              </Button>
            </Tooltip>
            <BlockedReason a={actions.submit} />
          </Space>
        </Card>
      ) : null}

      {actions.verify.shown ? (
        <Card
          size="small"
          title={t('inspections.rectification.verifyTitle')}
          style={{ marginBottom: 12 }}
          data-testid="rectification-verify-card"
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              value={verifyNote}
              onChange={(e) => setVerifyNote(e.target.value)}
              placeholder={t('inspections.rectification.verifyNotePlaceholder')}
              maxLength={RECTIFICATION_RULES.note.max}
              autoSize={{ minRows: 1, maxRows: 4 }}
              disabled={!actions.verify.allowed}
              data-testid="verify-note"
            />
            <Space wrap>
              <Tooltip title={blockedTip(actions.verify)}>
                <Button
                  type="primary"
                  size="large"
                  icon={<CheckOutlined />}
                  loading={verifying.loading}
                  disabled={!actions.verify.allowed}
                  onClick={() => void verify()}
                  data-testid="verify-rectification"
                >
                  {t('inspections.rectification.verify')}
                </Button>
              </Tooltip>
              <Tooltip title={blockedTip(actions.reject)}>
                <Button
                  danger
                  size="large"
                  icon={<CloseOutlined />}
                  disabled={!actions.reject.allowed}
                  onClick={() => setRejectOpen(true)}
                  data-testid="reject-rectification"
                >
                  {t('inspections.rectification.reject')}
                </Button>
              </Tooltip>
            </Space>
            <BlockedReason a={actions.verify} />
          </Space>
        </Card>
      ) : null}

      <Card size="small" title={t('inspections.rectification.history')} data-testid="rectification-history">
        <Timeline
          items={r.history.map((e) => {
            const note = eventNote(e.action, e.note, r.automatic, t('inspections.rectification.autoNote'));
            return {
              key: e.id,
              color: ACTION_COLORS[e.action],
              content: (
                <div data-testid="history-event" data-action={e.action}>
                  <Space size={6} wrap>
                    <Typography.Text strong>{t(`inspections.rectificationActions.${e.action}`)}</Typography.Text>
                    <Typography.Text>{e.user?.displayName ?? t('common.none')}</Typography.Text>
                    <Typography.Text type="secondary">{formatDateTime(e.at, tz, 'short')}</Typography.Text>
                    <span style={{ color: token.colorTextTertiary, fontSize: 12 }}>
                      →{' '}
                      <span style={{ color: RECTIFICATION_STATE_COLORS[e.toState] }}>
                        {t(`inspections.rectificationStates.${e.toState}`)}
                      </span>
                    </span>
                  </Space>
                  {e.action === 'ASSIGNED' ? (
                    <Typography.Paragraph style={{ margin: '4px 0 0' }} data-testid="history-owner-change">
                      {t('inspections.rectification.ownerChange', {
                        from: e.fromOwner?.displayName ?? t('inspections.rectification.noOwnerYet'),
                        to: e.toOwner?.displayName ?? t('common.none'),
                      })}
                    </Typography.Paragraph>
                  ) : e.action === 'CREATED' && e.toOwner ? (
                    <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                      {t('inspections.rectification.createdFor', { name: e.toOwner.displayName })}
                    </Typography.Text>
                  ) : null}
                  {note ? <Typography.Paragraph style={{ margin: '4px 0 0' }}>{note}</Typography.Paragraph> : null}
                  {e.evidence.length ? (
                    <Space wrap style={{ marginTop: 4 }}>
                      {e.evidence.map((f) => (
                        <AuthImage key={f.id} url={f.url} size={56} testId="history-photo" />
                      ))}
                    </Space>
                  ) : null}
                </div>
              ),
            };
          })}
        />
      </Card>
      <RecordHistory entity="Rectification" id={r.id} />

      {assigning ? (
        <AssignOwnerModal
          rectification={{ id: r.id, version: r.version, ownerId: r.owner?.id ?? null }}
          onClose={() => setAssigning(false)}
        />
      ) : null}
      <Modal
        open={rejectOpen}
        title={t('inspections.rectification.rejectTitle')}
        okText={t('inspections.rectification.reject')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), 'data-testid': 'confirm-reject' } as never}
        cancelText={t('common.cancel')}
        confirmLoading={rejecting.loading}
        onOk={() => void reject()}
        onCancel={() => setRejectOpen(false)}
        destroyOnHidden
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('inspections.rectification.reasonPlaceholder')}
          maxLength={RECTIFICATION_RULES.reason.max}
          autoSize={{ minRows: 3 }}
          data-testid="reject-reason"
        />
      </Modal>
    </div>
  );
}
