// 发布: a change summary (required, ≤ 500) and what is being published (totals, pass mark).
import { Alert, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PublishDraftModal } from '../../components/versioned-document/PublishDraftModal';
import type { PublishSlot } from '../../components/versioned-document/useVersionedDraft';
import { LIMITS } from './checklist';
import { PublishInspectionTemplateMutation } from './inspection-templates.operations';

export function PublishChecklistModal({
  templateId,
  latestNumber,
  totals,
  passScore,
  ...slot
}: PublishSlot & {
  templateId: string;
  latestNumber: number;
  totals: { sections: number; items: number; points: number; critical: number };
  passScore: number;
}) {
  const { t } = useTranslation();
  const [publish] = useMutation(PublishInspectionTemplateMutation);
  const next = latestNumber + 1;

  return (
    <PublishDraftModal
      {...slot}
      latestNumber={latestNumber}
      publish={async (changeSummary, expectedVersion) =>
        (await publish({ variables: { templateId, changeSummary, expectedVersion } })).data?.publishInspectionTemplate.number
      }
      texts={{
        title: 'inspectionTemplates.publish.title',
        confirm: 'inspectionTemplates.publish.confirm',
        publishing: 'inspectionTemplates.publish.publishing',
        published: 'inspectionTemplates.publish.published',
        changeSummary: 'inspectionTemplates.publish.changeSummary',
        changeSummaryHint: 'inspectionTemplates.publish.changeSummaryHint',
        changeSummaryPlaceholder: 'inspectionTemplates.publish.changeSummaryPlaceholder',
      }}
      refused={(rest) => t('inspectionTemplates.publish.refused', { message: rest[0].message })}
      maxSummary={LIMITS.changeSummary}
      width={620}
      testIds={{ ok: 'confirm-template-publish', form: 'template-publish-form', summary: 'template-change-summary' }}
      before={
        <Alert
          type="info"
          showIcon
          style={{ margin: '12px 0 16px' }}
          title={t('inspectionTemplates.publish.contents', { ...totals, passScore })}
          description={<Typography.Text type="secondary">{t('inspectionTemplates.publish.effect', { n: next })}</Typography.Text>}
          data-testid="publish-contents"
        />
      }
    />
  );
}
