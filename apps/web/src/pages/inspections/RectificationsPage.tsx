// 整改: rectifications by deadline (either way), filters (state, overdue, mine, without an owner, project) and sort in the
// URL (ListPage); overdue rows stand out.
import { useMemo } from 'react';
import { Checkbox, Select, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RECTIFICATION_STATES } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import { InspectionFilterOptionsQuery, RectificationsQuery } from './inspections.operations';
import { bilingual, RectificationStateTag } from './parts';
import type { RectificationFilter, RectificationsQuery as RectificationsData } from '../../gql/graphql';

type Row = RectificationsData['rectifications']['nodes'][number];
const FILTER_KEYS = ['state', 'overdue', 'mine', 'unowned', 'project'];
/** Column key → the API's sort field; without one the API lists the nearest deadline first. */
const SORTS = { deadline: 'DEADLINE' } as const;

export function rectificationFilterFromParams(params: URLSearchParams): RectificationFilter {
  const state = pickEnum(params.get('state'), RECTIFICATION_STATES);
  const overdue = params.get('overdue');
  return {
    states: state ? [state] : undefined,
    overdue: overdue === '1' ? true : undefined,
    mine: params.get('mine') === '1' || undefined,
    unowned: params.get('unowned') === '1' || undefined,
    projectId: params.get('project') || undefined,
  };
}

export default function RectificationsPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'backwards' });
  const { params, update } = list;
  const filter = useMemo(() => rectificationFilterFromParams(params), [params]);
  const query = useQuery(RectificationsQuery, {
    variables: { filter, ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(InspectionFilterOptionsQuery);
  const connection = (query.data ?? query.previousData)?.rectifications;

  const columns: TableColumnsType<Row> = [
    {
      key: 'finding',
      title: t('inspections.fields.item'),
      width: 260,
      render: (_, r) => (
        <Link to={`/rectifications/${r.id}`} data-testid="rectification-row-link">
          {r.standard ? bilingual(r.standard.titleZh, r.standard.titleEn, i18n.language) : r.description}
        </Link>
      ),
    },
    { key: 'description', title: t('inspections.fields.description'), width: 240, ellipsis: true, render: (_, r) => r.description },
    { key: 'project', title: t('inspections.fields.project'), width: 200, render: (_, r) => `${r.project.code} · ${r.project.name}` },
    {
      key: 'state',
      title: t('inspections.fields.state'),
      width: 150,
      render: (_, r) => <RectificationStateTag state={r.state} overdue={r.overdue} />,
    },
    {
      key: 'owner',
      title: t('inspections.fields.owner'),
      width: 120,
      render: (_, r) =>
        r.needsOwner ? (
          <Tag color="orange" data-testid="needs-owner">
            {r.owner?.displayName ?? t('inspections.rectifications.needsOwner')}
          </Tag>
        ) : (
          r.owner?.displayName
        ),
    },
    {
      key: 'deadline',
      title: t('inspections.fields.deadline'),
      width: 150,
      render: (_, r) => (
        <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatDateTime(r.deadline, r.project.timeZone, 'short')}</Typography.Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('inspections.rectifications.title')} />
      <ListPage<Row>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('inspections.rectifications.allStates')}
              value={filter.states?.[0]}
              onChange={(v?: string) => update({ state: v })}
              options={RECTIFICATION_STATES.map((s) => ({ value: s, label: t(`inspections.rectificationStates.${s}`) }))}
              style={{ width: 140 }}
              data-testid="filter-state"
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('inspections.list.allProjects')}
              value={params.get('project') ?? undefined}
              onChange={(v?: string) => update({ project: v })}
              options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
              style={{ width: 220 }}
              data-testid="filter-project"
            />
            <Checkbox
              checked={!!filter.overdue}
              onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}
              style={{ alignSelf: 'center' }}
              data-testid="filter-overdue"
            >
              {t('inspections.rectifications.onlyOverdue')}
            </Checkbox>
            <Checkbox
              checked={!!filter.mine}
              onChange={(e) => update({ mine: e.target.checked ? '1' : undefined })}
              style={{ alignSelf: 'center' }}
              data-testid="filter-mine"
            >
              {t('inspections.rectifications.mine')}
            </Checkbox>
            <Checkbox
              checked={!!filter.unowned}
              onChange={(e) => update({ unowned: e.target.checked ? '1' : undefined })}
              style={{ alignSelf: 'center' }}
              data-testid="filter-unowned"
            >
              {t('inspections.rectifications.unowned')}
            </Checkbox>
          </>
        }
        empty={<EmptyState title={t('inspections.rectifications.empty')} hint={t('inspections.rectifications.emptyHint')} />}
        emptyFiltered={t('inspections.rectifications.emptyFiltered')}
        testIds={{ filters: 'rectification-filters', table: 'rectifications-table' }}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ 'data-overdue': String(r.overdue), style: r.overdue ? { background: token.colorErrorBg } : undefined }) as never}
      />
    </>
  );
}
