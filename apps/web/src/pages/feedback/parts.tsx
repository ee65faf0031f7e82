// The feedback state tag (shared by the inbox and the inspection detail).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeedbackState } from '@pinzhi/domain';

export const FEEDBACK_STATE_COLORS: Record<FeedbackState, string> = { RECEIVED: 'orange', HANDLED: 'green' };

export function FeedbackStateTag({ state }: { state: FeedbackState }) {
  const { t } = useTranslation();
  return (
    <Tag color={FEEDBACK_STATE_COLORS[state]} data-testid="feedback-state" data-state={state}>
      {t(`feedback.states.${state}`)}
    </Tag>
  );
}
