// Excel import of employees through the shared import dialog (dry run → row report → write only
// when clean; any wrong row: nothing written).
import { Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { ImportEmployeesMutation } from './training.operations';

export function ImportEmployeesModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [run, running] = useMutation(ImportEmployeesMutation);
  return (
    <XlsxImportModal
      open={open}
      onClose={onClose}
      onImported={onImported}
      title={t('training.employees.import')}
      intro={<Typography.Paragraph type="secondary">{t('training.employees.importIntro')}</Typography.Paragraph>}
      run={async (fileBase64, dryRun) => (await run({ variables: { fileBase64, dryRun } })).data?.importEmployees}
      running={running.loading}
      testId="employee-import"
    />
  );
}
