// Excel import of budgets and actuals through the shared import dialog (dry run → row report →
// write only when clean).
import { useMutation } from '@apollo/client/react';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { ImportCostsMutation } from './costs.operations';

export function ImportCostsModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [run, running] = useMutation(ImportCostsMutation);
  return (
    <XlsxImportModal
      kind="costs"
      open={open}
      onClose={onClose}
      onImported={onImported}
      run={async (fileBase64, dryRun) => (await run({ variables: { fileBase64, dryRun } })).data?.importCosts}
      running={running.loading}
    />
  );
}
