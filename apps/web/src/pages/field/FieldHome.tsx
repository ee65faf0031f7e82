// 我的工作: what was downloaded to the phone — planned inspections and patrols by day, patrols in
// progress, ad-hoc inspections and unscheduled patrols, the projects' handbooks.
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { CloudDownloadOutlined, ReadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useFieldData, useOnline } from './field-data';
import type { DownloadState } from './FieldApp';
import { hhmm, isOpen, stateOf } from './field-time';

const STATE_COLORS = { SCHEDULED: 'default', DUE: 'blue', OVERDUE: 'orange', COMPLETED: 'green', LATE: 'gold', MISSED: 'red' } as const;

export default function FieldHome({ download, downloadState }: { download: () => Promise<void>; downloadState: DownloadState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnline();
  const data = useFieldData();
  const [project, setProject] = useState<string>();
  const [template, setTemplate] = useState<string>();
  const now = new Date();
  const occurrences = data.occurrences;
  const byDay = useMemo(() => {
    const days = new Map<string, typeof occurrences>();
    for (const o of occurrences) days.set(o.localDate, [...(days.get(o.localDate) ?? []), o]);
    return [...days.entries()];
  }, [occurrences]);
  const projects = [...data.projects.values()].sort((a, b) => a.code.localeCompare(b.code));
  const chosen = project ? data.projects.get(project) : undefined;
  const myRuns = data.runs.filter((r) => r.userId === data.session?.userId);
  useEffect(() => {
    if (data.loaded && !performance.getEntriesByName('pinzhi:field-home').length) performance.mark('pinzhi:field-home');
  }, [data.loaded]);

  const open = (o: (typeof data.occurrences)[number]) => {
    if (o.kind === 'PATROL' && o.routeId) navigate(`/field/patrol/${o.routeId}?occurrence=${o.id}`);
    else navigate(`/field/inspect/${o.id}`);
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="field-home">
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong>{data.session?.displayName ?? ''}</Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="field-download-info">
                {data.download
                  ? `${t('field.download.at', { at: formatDateTime(data.download.at, null, 'short') })} · ${t('field.download.done', data.download.counts)}`
                  : t('field.download.never')}
              </Typography.Text>
            </div>
          </div>
          <Button
            icon={<CloudDownloadOutlined />}
            loading={downloadState.running}
            disabled={!online}
            onClick={() => void download()}
            data-testid="field-download"
          >
            {downloadState.running ? t('field.download.running') : t('field.download.button')}
          </Button>
        </div>
        {downloadState.error ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={t('field.download.failed')} /> : null}
      </Card>

      {myRuns.map((r) => {
        const route = data.routes.get(r.routeId);
        return (
          <Alert
            key={r.clientKey}
            type="info"
            showIcon
            title={`${route?.name ?? ''} · ${t('field.patrol.progress', { done: r.scans.length, total: route?.pointIds.length ?? 0 })}`}
            action={
              <Button
                size="small"
                type="primary"
                onClick={() => navigate(`/field/patrol/${r.routeId}${r.occurrenceId ? `?occurrence=${r.occurrenceId}` : ''}`)}
              >
                {t('field.patrol.backToRoute')}
              </Button>
            }
            data-testid="field-run-in-progress"
          />
        );
      })}

      {byDay.length === 0 && data.loaded ? <Empty description={t('field.work.empty')} /> : null}
      {byDay.map(([day, items]) => (
        <Card key={day} size="small" title={day} data-testid="field-day">
          <List
            dataSource={items}
            renderItem={(o) => {
              const p = data.projects.get(o.projectId);
              const tz = p?.timeZone ?? 'Asia/Shanghai';
              const state = stateOf(o, now);
              const title = o.kind === 'PATROL' ? (data.routes.get(o.routeId ?? '')?.name ?? '') : (o.templateName ?? '');
              return (
                <List.Item
                  onClick={() => open(o)}
                  style={{ cursor: 'pointer' }}
                  data-testid="field-occurrence"
                  data-kind={o.kind}
                  data-state={state}
                  data-id={o.id}
                  actions={[
                    <Button key="go" type={isOpen(state) && !o.doneHere ? 'primary' : 'default'} size="small">
                      {o.kind === 'PATROL' ? t('field.work.walk') : t('field.work.start')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Space size={4} wrap>
                        <Tag color={o.kind === 'PATROL' ? 'purple' : 'geekblue'}>
                          {o.kind === 'PATROL' ? t('field.work.patrol') : t('field.work.inspection')}
                        </Tag>
                        <span>{title}</span>
                      </Space>
                    }
                    description={
                      <Space size={4} wrap>
                        <span>{p ? `${p.code} · ${p.name}` : ''}</span>
                        <span>{t('field.work.due', { from: hhmm(o.dueAt, tz), to: hhmm(o.windowEndsAt, tz) })}</span>
                        {o.doneHere ? (
                          <Tag color="cyan">{t('field.work.recorded')}</Tag>
                        ) : (
                          <Tag color={STATE_COLORS[state]}>{t(`field.states.${state}`)}</Tag>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        </Card>
      ))}

      {projects.some((p) => p.templates.length) ? (
        <Card size="small" title={t('field.work.adHoc')} data-testid="field-ad-hoc">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('field.work.adHocHint')}</Typography.Text>
            <Select
              size="large"
              style={{ width: '100%' }}
              value={project}
              onChange={(v: string) => {
                setProject(v);
                setTemplate(undefined);
              }}
              options={projects.filter((p) => p.templates.length).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
              data-testid="field-pick-project"
            />
            <Select
              size="large"
              style={{ width: '100%' }}
              value={template}
              disabled={!chosen}
              onChange={(v: string) => setTemplate(v)}
              options={(chosen?.templates ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
              data-testid="field-pick-template"
            />
            <Button
              type="primary"
              block
              size="large"
              disabled={!project || !template}
              onClick={() => navigate(`/field/inspect?project=${project}&template=${template}`)}
              data-testid="field-start-ad-hoc"
            >
              {t('field.work.start')}
            </Button>
          </Space>
        </Card>
      ) : null}

      {data.routes.size ? (
        <Card size="small" title={t('field.work.routes')}>
          <List
            dataSource={[...data.routes.values()].sort((a, b) => a.name.localeCompare(b.name))}
            renderItem={(r) => (
              <List.Item
                data-testid="field-route"
                actions={[
                  <Button key="walk" size="small" onClick={() => navigate(`/field/patrol/${r.id}`)} data-testid="field-walk-route">
                    {t('field.work.walk')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={r.name}
                  description={`${data.projects.get(r.projectId)?.name ?? ''} · ${t('field.admin.pointCount', { count: r.pointIds.length })}`}
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}

      {projects.some((p) => p.handbook) ? (
        <Card size="small" title={t('field.work.handbook')}>
          <Space wrap>
            {projects
              .filter((p) => p.handbook)
              .map((p) => (
                <Button key={p.id} icon={<ReadOutlined />} onClick={() => navigate(`/field/handbook/${p.id}`)}>
                  {p.code}
                </Button>
              ))}
          </Space>
        </Card>
      ) : null}
    </Space>
  );
}
