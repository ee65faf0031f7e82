// 工作手册 on site: the project's published handbook items, downloaded with the work.
import { useParams } from 'react-router-dom';
import { Card, Collapse, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldData } from './field-data';

export default function FieldHandbookPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const project = useFieldData().projects.get(projectId);
  const hb = project?.handbook;
  if (!hb) return <Empty description={t('field.handbook.none')} />;
  return (
    <Card size="small" title={`${hb.name}${hb.number ? ` · v${hb.number}` : ''}`} data-testid="field-handbook">
      <Collapse
        items={hb.sections.map((s) => ({
          key: s.key,
          label: s.titleZh,
          children: s.items.map((i) => (
            <div key={i.key} style={{ marginBottom: 10 }}>
              <Typography.Text strong>
                {i.code} {i.title}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">{i.requirement}</Typography.Text>
              </div>
            </div>
          )),
        }))}
      />
    </Card>
  );
}
