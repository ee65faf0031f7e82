// A planned or ad-hoc inspection filled on the phone: the same form as online, with its checklist
// from the download; submitting queues it (photos and signature stay on the phone until sent).
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { App, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionForm } from '../inspections/InspectionFormPage';
import type { InspectionInput, PerformChecklistFragment } from '../../gql/graphql';
import { fieldDb } from './field-db';
import { newClientKey, useFieldData } from './field-data';
import { enqueue, flushOutbox } from './outbox';

export default function FieldInspectionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { occurrenceId } = useParams();
  const [params] = useSearchParams();
  const data = useFieldData();
  const occurrence = occurrenceId ? data.occurrences.find((o) => o.id === occurrenceId) : undefined;
  const projectId = occurrence?.projectId ?? params.get('project') ?? '';
  const project = data.projects.get(projectId);
  const templateId = occurrence?.templateId ?? params.get('template') ?? '';
  const versionId = occurrence ? occurrence.templateVersionId : project?.templates.find((x) => x.id === templateId)?.versionId;
  const checklist = versionId ? data.checklists.get(versionId) : undefined;
  const target = useMemo(() => (occurrenceId ? { occurrenceId } : { projectId, templateId }), [occurrenceId, projectId, templateId]);
  if (!data.loaded) return null;
  if ((occurrenceId && !occurrence) || !project) return <Result status="warning" title={t('field.work.notDownloaded')} />;
  if (!checklist) return <Result status="warning" title={t('field.work.noChecklist')} />;
  const version = checklist.doc as PerformChecklistFragment;

  const submit = async (input: InspectionInput) => {
    const session = data.session!;
    const adHoc = { projectId, templateId: version.template.id, templateVersionId: version.id };
    const { occurrenceId: _planned, ...answers } = input;
    void _planned;
    await enqueue({
      id: input.clientKey || newClientKey('field'),
      kind: 'INSPECTION',
      userId: session.userId,
      tenantId: session.tenantId,
      title: version.template.name,
      subtitle: `${project.code} · ${project.name}`,
      createdAt: new Date().toISOString(),
      // A planned one names its occurrence; ad hoc the version filled in (republished meanwhile → still accepted).
      input: occurrence ? (input as Record<string, unknown>) : { ...answers, ...adHoc },
      fallback: occurrence ? { ...answers, ...adHoc } : null,
    });
    if (occurrence) {
      const db = await fieldDb();
      await db.put('occurrences', { ...occurrence, doneHere: true });
    }
    await data.reload();
    void message.success(navigator.onLine ? t('field.inspection.queuedOnline') : t('field.inspection.queued'));
    navigate('/field/sync', { replace: true });
    if (navigator.onLine) void flushOutbox().finally(() => void data.reload());
  };

  return (
    <div data-testid="field-inspection">
      <InspectionForm
        target={target}
        version={version}
        context={{
          projectId: project.id,
          projectName: `${project.code} · ${project.name}`,
          templateName: version.template.name,
          timeZone: project.timeZone,
          manager: project.manager,
          dueAt: occurrence?.dueAt ?? null,
        }}
        field={{ submit }}
      />
    </div>
  );
}
