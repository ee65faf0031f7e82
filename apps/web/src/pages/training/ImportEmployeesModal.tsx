// Excel import of employees through the shared import dialog (dry run → row report → write only
// when clean; any wrong row: nothing written).
import { useMutation } from '@apollo/client/react';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { ImportEmployeesMutation } from './training.operations';

export function ImportEmployeesModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [run, running] = useMutation(ImportEmployeesMutation);
  return (
    <XlsxImportModal
      kind="employees"
      open={open}
      onClose={onClose}
      onImported={onImported}
      run={async (fileBase64, dryRun) => (await run({ variables: { fileBase64, dryRun } })).data?.importEmployees}
      running={running.loading}
    />
  );
}
