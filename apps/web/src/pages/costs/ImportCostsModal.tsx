// Excel import of budgets and actuals through the shared import dialog (dry run → row report →
// write only when clean).
import { Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { ImportCostsMutation } from './costs.operations';

export function ImportCostsModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [run, running] = useMutation(ImportCostsMutation);
  return (
    <XlsxImportModal
      open={open}
      onClose={onClose}
      onImported={onImported}
      title={t('costs.project.importTitle')}
      intro={<Typography.Paragraph type="secondary">项目编码 · 月份 · 成本类别 · 预算（元） · 实际（元）</Typography.Paragraph>}
      run={async (fileBase64, dryRun) => (await run({ variables: { fileBase64, dryRun } })).data?.importCosts}
      running={running.loading}
      template={{ url: '/downloads/costs/template.xlsx', fileName: '运营成本导入模板.xlsx', label: t('costs.project.template') }}
    />
  );
}
