// The global search dialog (loaded on first use): type, see results grouped by kind, move with
// ↑/↓, open with Enter or a click. Each capability's search applies its own visibility rules
// server-side, so what is listed is what the user may open.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Empty, Input, Modal, Spin, Typography, theme, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RULES, isRecordPage, recordPath, type SearchKind } from '@pinzhi/domain';
import { ErrorState } from '../PageStates';
import { GlobalSearchQuery } from './search.operations';

/** Lists that take the same text in their URL, for "show all N". */
const LIST_PATHS: Partial<Record<SearchKind, string>> = {
  PROJECT: '/projects?q=',
  EMPLOYEE: '/training/employees?q=',
  MEMBER: '/settings/members?q=',
};

interface Row {
  key: string;
  path: string;
  title: string;
  subtitle: string | null;
  kind: SearchKind;
  all?: number;
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export default function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim().slice(0, RULES.searchText.max), 250);
  const { data, previousData, loading, error, refetch } = useQuery(GlobalSearchQuery, {
    variables: { q, first: 5 },
    skip: !q,
    fetchPolicy: 'network-only',
  });
  const found = (data ?? previousData)?.search;
  const groups = useMemo(() => (q ? (found ?? []) : []), [q, found]);

  const rows = useMemo<Row[]>(() => {
    const out: Row[] = [];
    for (const g of groups) {
      for (const h of g.hits)
        if (isRecordPage(h.page))
          out.push({ key: `${g.kind}:${h.id}`, path: recordPath(h.page, h.pageId), title: h.title, subtitle: h.subtitle, kind: g.kind });
      const list = LIST_PATHS[g.kind];
      if (list && g.total > g.hits.length)
        out.push({ key: `${g.kind}:all`, path: `${list}${encodeURIComponent(q)}`, title: '', subtitle: null, kind: g.kind, all: g.total });
    }
    return out;
  }, [groups, q]);

  useEffect(() => setActive(0), [q]);
  useEffect(() => {
    if (open) setTimeout(() => input.current?.focus(), 0);
  }, [open]);

  const go = (row: Row | undefined) => {
    if (!row) return;
    onClose();
    setText('');
    navigate(row.path);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, rows.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(rows[active]);
    }
  };

  let index = -1;
  const body = !q ? (
    <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
  ) : error && !data ? (
    <ErrorState error={error} onRetry={() => void refetch()} compact />
  ) : loading && !data && !previousData ? (
    <div style={{ textAlign: 'center', padding: 24 }}>
      <Spin />
    </div>
  ) : groups.length === 0 ? (
    loading ? (
      <div style={{ textAlign: 'center', padding: 24 }}>
        <Spin />
      </div>
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty', { q })} />
    )
  ) : (
    <div role="listbox" aria-label={t('search.results')} data-testid="search-results">
      {groups.map((g) => (
        <div key={g.kind} data-testid={`search-group-${g.kind}`} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`search.kinds.${g.kind}`)} · {t('search.count', { count: g.total })}
          </Typography.Text>
          {rows
            .filter((r) => r.kind === g.kind)
            .map((r) => {
              index += 1;
              const i = index;
              const selected = i === active;
              return (
                <div
                  key={r.key}
                  role="option"
                  aria-selected={selected}
                  data-testid={r.all ? 'search-all' : 'search-hit'}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => go(r)}
                  style={{
                    padding: '6px 10px',
                    borderRadius: token.borderRadius,
                    cursor: 'pointer',
                    background: selected ? token.controlItemBgActive : undefined,
                    display: 'flex',
                    gap: 8,
                    alignItems: 'baseline',
                    minWidth: 0,
                  }}
                >
                  {r.all ? (
                    <Typography.Link>{t('search.showAll', { count: r.all })}</Typography.Link>
                  ) : (
                    <>
                      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{r.title}</span>
                      {r.subtitle ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                          {r.subtitle}
                        </Typography.Text>
                      ) : null}
                    </>
                  )}
                </div>
              );
            })}
        </div>
      ))}
    </div>
  );

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      width={640}
      style={{ top: 64 }}
      destroyOnHidden
      title={null}
      data-testid="search-dialog"
    >
      <Input
        ref={input}
        size="large"
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        value={text}
        maxLength={RULES.searchText.max}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        allowClear
        data-testid="search-input"
        aria-label={t('search.placeholder')}
      />
      <div style={{ marginTop: 12, maxHeight: '60vh', overflowY: 'auto' }}>{body}</div>
    </Modal>
  );
}
