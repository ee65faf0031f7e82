// 巡逻: walking a route on the phone. Each point is reached by scanning its QR code (the scan
// button, or the phone camera opening /field/p/<id>), or confirmed by hand where a code cannot be
// read (recorded as manual, visible to managers). The walk is kept in IndexedDB after every step;
// finishing queues it in the outbox (sent now when online, later otherwise).
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Checkbox, Input, List, Modal, Popconfirm, Radio, Result, Space, Tag, Typography } from 'antd';
import { ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EvidencePhotos } from '../inspections/EvidencePhotos';
import type { PatrolRunDraft, PatrolScanDraft } from './field-db';
import { useFieldData } from './field-data';
import { activeRunFor, discardRun, finishRun, openOccurrence, runOutcomes, saveRun, startRun, withScan } from './patrol-runs';
import { flushOutbox } from './outbox';
import { hhmm } from './field-time';

export default function FieldPatrolPage({ onScan }: { onScan: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { routeId = '' } = useParams();
  const [params] = useSearchParams();
  const data = useFieldData();
  const route = data.routes.get(routeId);
  const project = route ? data.projects.get(route.projectId) : undefined;
  const tz = project?.timeZone ?? 'Asia/Shanghai';
  const stored = activeRunFor(data.runs, data.session?.userId, routeId);
  // The page's copy of the walk: saved to IndexedDB on every change, so a reload resumes it.
  const [run, setRun] = useState<PatrolRunDraft | undefined>(stored);
  useEffect(() => setRun(stored), [stored]);
  const [open, setOpen] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);

  const planned = useMemo(() => {
    const wanted = run?.occurrenceId ?? params.get('occurrence');
    return wanted ? data.occurrences.find((o) => o.id === wanted) : openOccurrence(data.occurrences, routeId);
  }, [run?.occurrenceId, params, data.occurrences, routeId]);

  if (!data.loaded) return null;
  if (!route || !data.session) return <Result status="warning" title={t('field.work.notDownloaded')} />;
  const session = data.session;
  const en = i18n.language.startsWith('en');

  const update = async (next: PatrolRunDraft) => {
    setRun(next);
    await saveRun(next);
  };
  const updateScan = (pointId: string, change: Partial<PatrolScanDraft>) =>
    run ? update({ ...run, scans: run.scans.map((s) => (s.pointId === pointId ? { ...s, ...change } : s)) }) : undefined;

  const start = async () => {
    const created = await startRun(session, route.id, planned?.id ?? null);
    setRun(created);
    await data.reload();
    void message.info(t('field.patrol.started', { route: route.name }));
  };

  const outcomes = run ? runOutcomes(run, route, planned?.windowEndsAt ?? null) : [];
  const missing = run ? route.pointIds.filter((id) => !run.scans.some((s) => s.pointId === id)) : route.pointIds;

  const finish = async () => {
    if (!run) return;
    setFinishing(true);
    try {
      await finishRun(session, run, route, project ? `${project.code} · ${project.name}` : '');
      await data.reload();
      void message.success(t('field.patrol.finished'));
      navigate('/field/sync', { replace: true });
      if (navigator.onLine) void flushOutbox().finally(() => void data.reload());
    } finally {
      setFinishing(false);
    }
  };

  const confirmFinish = () => {
    if (!missing.length) return void finish();
    Modal.confirm({
      title: t('field.patrol.finish'),
      content: t('field.patrol.finishConfirm', {
        count: missing.length,
        names: missing.map((id) => data.points.get(id)?.name ?? '').join('、'),
      }),
      okText: t('field.patrol.finishOk'),
      onOk: finish,
    });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="field-patrol" data-route={route.id}>
      <Card size="small">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {route.name}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {project ? `${project.code} · ${project.name} · ` : ''}
          {planned
            ? t('field.patrol.planned', { from: hhmm(planned.dueAt, tz), to: hhmm(planned.windowEndsAt, tz) })
            : t('field.patrol.unscheduled')}
        </Typography.Text>
        {run ? (
          <div data-testid="field-patrol-progress" data-done={run.scans.length} data-total={route.pointIds.length}>
            <Typography.Text strong>{t('field.patrol.progress', { done: run.scans.length, total: route.pointIds.length })}</Typography.Text>
          </div>
        ) : null}
      </Card>

      {run ? (
        <Button type="primary" size="large" block icon={<ScanOutlined />} onClick={onScan} data-testid="field-patrol-scan">
          {run.scans.length ? t('field.patrol.scanNext') : t('field.patrol.scan')}
        </Button>
      ) : (
        <Button type="primary" size="large" block onClick={() => void start()} data-testid="field-patrol-start">
          {t('field.work.walk')}
        </Button>
      )}

      <List
        bordered
        style={{ background: 'var(--ant-color-bg-container, #fff)' }}
        dataSource={route.pointIds}
        renderItem={(pointId, index) => {
          const point = data.points.get(pointId);
          const scan = run?.scans.find((s) => s.pointId === pointId);
          const outcome = outcomes.find((o) => o.pointId === pointId);
          const expanded = open === pointId && scan;
          return (
            <List.Item
              data-testid="field-patrol-point"
              data-point={pointId}
              data-scanned={String(Boolean(scan))}
              style={{ display: 'block' }}
            >
              <div style={{ display: 'flex', alignItems: 'center', gap: 8 }} onClick={() => setOpen(open === pointId ? null : pointId)}>
                <Typography.Text type="secondary">{index + 1}.</Typography.Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong>{point?.name ?? pointId}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[point?.zoneName, point?.locationHint].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </div>
                </div>
                {scan ? (
                  <Space size={2} wrap style={{ justifyContent: 'flex-end' }}>
                    <Tag color="green">{t('field.patrol.scannedAt', { time: hhmm(scan.scannedAt, tz) })}</Tag>
                    {!scan.tag ? <Tag>{t('field.patrol.manual')}</Tag> : null}
                    {outcome?.outOfOrder ? (
                      <Tag color="orange" title={t('field.patrol.outOfOrder')} data-testid="field-patrol-out-of-order">
                        {t('field.report.outOfOrder')}
                      </Tag>
                    ) : null}
                    {scan.quickChecks.some((q) => q.result === 'FAIL') ? <Tag color="red">{t('field.report.failed')}</Tag> : null}
                  </Space>
                ) : run ? (
                  <Popconfirm
                    title={t('field.patrol.pickByHandConfirm', { name: point?.name ?? '' })}
                    onConfirm={() => void update(withScan(run, pointId, null))}
                  >
                    <Button size="small" onClick={(e) => e.stopPropagation()} data-testid="field-patrol-manual">
                      {t('field.patrol.pickByHand')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Tag>{t('field.patrol.notYet')}</Tag>
                )}
              </div>
              {expanded && point ? (
                <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} data-testid="field-patrol-point-detail">
                  {point.quickChecks.length ? <Typography.Text strong>{t('field.patrol.quickChecks')}</Typography.Text> : null}
                  {point.quickChecks.map((q) => {
                    const answer = scan.quickChecks.find((a) => a.standardId === q.id)?.result;
                    return (
                      <div key={q.id} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                        <Typography.Text style={{ flex: 1 }}>{(en && q.titleEn) || q.titleZh}</Typography.Text>
                        <Radio.Group
                          optionType="button"
                          buttonStyle="solid"
                          value={answer}
                          onChange={(e) =>
                            void updateScan(pointId, {
                              quickChecks: [
                                ...scan.quickChecks.filter((a) => a.standardId !== q.id),
                                { standardId: q.id, result: e.target.value as 'PASS' | 'FAIL' },
                              ],
                            })
                          }
                          options={[
                            { value: 'PASS', label: t('field.patrol.pass') },
                            { value: 'FAIL', label: t('field.patrol.fail') },
                          ]}
                          data-testid="field-quick-check"
                        />
                      </div>
                    );
                  })}
                  {scan.quickChecks.some((a) => a.result === 'FAIL') ? (
                    <Checkbox checked={scan.rectify} onChange={(e) => void updateScan(pointId, { rectify: e.target.checked })}>
                      {t('field.patrol.rectify')}
                    </Checkbox>
                  ) : null}
                  <Input.TextArea
                    placeholder={t('field.patrol.note')}
                    maxLength={500}
                    autoSize={{ minRows: 2 }}
                    value={scan.note}
                    onChange={(e) => void updateScan(pointId, { note: e.target.value })}
                  />
                  <EvidencePhotos
                    value={scan.photos}
                    onChange={(photos) => void updateScan(pointId, { photos })}
                    max={5}
                    testId="field-patrol-photos"
                  />
                </Space>
              ) : null}
            </List.Item>
          );
        }}
      />

      {run ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            placeholder={t('field.patrol.note')}
            maxLength={500}
            autoSize={{ minRows: 1 }}
            value={run.note}
            onChange={(e) => void update({ ...run, note: e.target.value })}
          />
          <Button type="primary" size="large" block loading={finishing} onClick={confirmFinish} data-testid="field-patrol-finish">
            {t('field.patrol.finish')}
          </Button>
          <Popconfirm
            title={t('field.patrol.discardConfirm')}
            onConfirm={async () => {
              await discardRun(run);
              setRun(undefined);
              await data.reload();
            }}
          >
            <Button block danger type="text" data-testid="field-patrol-discard">
              {t('field.patrol.discard')}
            </Button>
          </Popconfirm>
        </Space>
      ) : null}
    </Space>
  );
}
