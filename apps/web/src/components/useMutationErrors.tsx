// One way to report a failed mutation: conflicts offer a reload, field problems go to the form
// (when given), the rest become a message in the user's language.
import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStaleVersion, toApiError } from '../lib/errors';
import { applyFieldErrors, translateFieldProblem } from '../lib/form-errors';

export interface MutationErrorOptions {
  form?: FormInstance;
  /** Top-level form field names that can receive server field errors. */
  fields?: readonly string[];
  rename?: Record<string, string>;
  /** For CONFLICT: reload the record. */
  onReload?: () => void;
}

export function useMutationErrors() {
  const { message, modal } = App.useApp();
  const { t } = useTranslation();

  return useCallback(
    (error: unknown, options: MutationErrorOptions = {}) => {
      const problem = toApiError(error);
      switch (problem.code) {
        case 'BAD_USER_INPUT': {
          const rest = options.form ? applyFieldErrors(options.form, problem, t, options.fields ?? [], options.rename) : problem.fields;
          if (rest.length) void message.error(rest.map((p) => translateFieldProblem(t, p)).join('；'));
          else if (!problem.fields.length) void message.error(t('states.actionFailed', { message: problem.message }));
          else void message.warning(t('states.validationFailed'));
          return;
        }
        case 'CONFLICT':
          if (!isStaleVersion(problem)) {
            void message.error(t('states.duplicate'));
            return;
          }
          modal.confirm({
            title: t('states.conflictTitle'),
            content: t('states.conflict'),
            okText: t('states.reloadLatest'),
            cancelText: t('common.cancel'),
            onOk: () => options.onReload?.(),
          });
          return;
        case 'FORBIDDEN':
          void message.error(t('states.forbiddenAction'));
          return;
        case 'NETWORK':
          void message.error(t('states.networkError'));
          return;
        case 'SERVICE_UNAVAILABLE':
          void message.warning(t('states.unavailableAction'));
          return;
        case 'UNAUTHENTICATED':
          return; // the session handler already returns to sign-in
        case 'PAYLOAD_TOO_LARGE':
        case 'QUERY_TOO_COMPLEX':
          void message.error(t('states.requestTooLarge'));
          return;
        default:
          void message.error(t('states.actionFailed', { message: problem.message }));
      }
    },
    [message, modal, t],
  );
}
