// 发布: a change summary (required, ≤ 500) and — before confirming — what the draft changes
// against the latest published version (handbookDiff with toNumber null = the draft).
import { Alert, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TableSkeleton, ErrorState } from '../../components/PageStates';
import { PublishDraftModal } from '../../components/versioned-document/PublishDraftModal';
import type { PublishSlot } from '../../components/versioned-document/useVersionedDraft';
import { DRAFT_LIMITS } from './draft';
import { HandbookDiffView, isEmptyDiff } from './HandbookDiffView';
import { HandbookDiffQuery, PublishHandbookMutation } from './handbooks.operations';

export function PublishModal({
  handbookId,
  latestNumber,
  counts,
  zones,
  sectionTitles,
  ...slot
}: PublishSlot & {
  handbookId: string;
  latestNumber: number;
  counts: { sections: number; items: number; frequencies: number };
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const [publish] = useMutation(PublishHandbookMutation);
  const diff = useQuery(HandbookDiffQuery, {
    variables: { handbookId, fromNumber: latestNumber, toNumber: null },
    skip: !slot.open || latestNumber === 0,
    fetchPolicy: 'network-only',
  });
  const empty = diff.data ? isEmptyDiff(diff.data.handbookDiff) : false;

  return (
    <PublishDraftModal
      {...slot}
      latestNumber={latestNumber}
      publish={async (changeSummary, expectedVersion) => {
        const v = (await publish({ variables: { handbookId, changeSummary, expectedVersion } })).data?.publishHandbook;
        // With the company's handbook-publish approval flow the draft stays a draft, waiting for approval.
        return v?.status === 'DRAFT' ? 'SUBMITTED' : v?.number;
      }}
      submittedText={t('approvals.submitted')}
      texts={{
        title: 'draft.publishTitle',
        confirm: 'draft.publishConfirm',
        publishing: 'draft.publishing',
        published: 'draft.published',
        changeSummary: 'draft.changeSummary',
        changeSummaryHint: 'draft.changeSummaryHint',
        changeSummaryPlaceholder: 'draft.changeSummaryPlaceholder',
      }}
      refused={(rest) =>
        rest.some((p) => p.field === 'handbookId') ? t('draft.publishRefused', { message: rest[0].message }) : rest[0].message
      }
      maxSummary={DRAFT_LIMITS.changeSummary}
      width={880}
      testIds={{ ok: 'confirm-publish', form: 'publish-form', summary: 'change-summary' }}
      after={
        <>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {latestNumber ? t('draft.changesSince', { n: latestNumber }) : t('draft.firstVersion')}
          </Typography.Title>
          <div style={{ maxHeight: 420, overflowY: 'auto', paddingInlineEnd: 4 }} data-testid="publish-diff">
            {latestNumber === 0 ? (
              <Alert type="info" showIcon title={t('draft.firstVersionHint', counts)} />
            ) : diff.loading && !diff.data ? (
              <TableSkeleton />
            ) : diff.error ? (
              <ErrorState error={diff.error} onRetry={() => void diff.refetch()} compact />
            ) : diff.data ? (
              empty ? (
                <Alert type="warning" showIcon title={t('draft.noChanges', { n: latestNumber })} />
              ) : (
                <HandbookDiffView diff={diff.data.handbookDiff} zones={zones} sectionTitles={sectionTitles} />
              )
            ) : null}
          </div>
        </>
      }
    />
  );
}
