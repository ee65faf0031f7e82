// Excel import of projects (bulk go-live) through the shared import dialog: dry run → row report →
// write only when clean (any wrong row: nothing written). Used on the projects list and in the
// first-day setup wizard.
import { useMutation } from '@apollo/client/react';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { ImportProjectsMutation } from './projects.operations';

export function ImportProjectsModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [run, running] = useMutation(ImportProjectsMutation);
  return (
    <XlsxImportModal
      kind="projects"
      open={open}
      onClose={onClose}
      onImported={onImported}
      run={async (fileBase64, dryRun) => (await run({ variables: { fileBase64, dryRun } })).data?.importProjects}
      running={running.loading}
    />
  );
}
