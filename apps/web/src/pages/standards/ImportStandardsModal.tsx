// Excel import of the standards library through the shared import dialog (its template is the
// library itself: a row with a known 编码 updates that standard).
import { useMutation } from '@apollo/client/react';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { ImportStandardsMutation } from './standards.operations';

export function ImportStandardsModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [run, running] = useMutation(ImportStandardsMutation);
  return (
    <XlsxImportModal
      kind="standards"
      open={open}
      onClose={onClose}
      onImported={onImported}
      run={async (fileBase64, dryRun) => (await run({ variables: { fileBase64, dryRun } })).data?.importStandards}
      running={running.loading}
    />
  );
}
