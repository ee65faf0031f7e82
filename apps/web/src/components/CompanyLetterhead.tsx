// The company's letterhead on documents it prints (service proposal, survey codes, inspection
// report): its logo and name from 公司设置 — the paper is the company's, not the software's.
import { useQuery } from '@apollo/client/react';
import { CompanyBrandingQuery } from '../pages/settings/company-settings.operations';
import { useMe } from '../session/SessionProvider';

export function CompanyLetterhead({ printOnly = false }: { printOnly?: boolean }) {
  const me = useMe();
  // The header already asked for it: usually answered from the cache.
  const branding = useQuery(CompanyBrandingQuery).data?.companySettings;
  const name = branding?.name || me.tenant.name;
  return (
    <div
      className={printOnly ? 'print-only' : undefined}
      data-testid="company-letterhead"
      style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #ddd', paddingBottom: 8, marginBottom: 16 }}
    >
      {printOnly ? <style>{'.print-only{display:none !important} @media print{.print-only{display:flex !important}}'}</style> : null}
      {branding?.logo ? (
        <img src={branding.logo} alt="" style={{ height: 36, maxWidth: 140, objectFit: 'contain' }} data-testid="company-letterhead-logo" />
      ) : null}
      <span style={{ fontSize: 16, fontWeight: 600 }}>{name}</span>
    </div>
  );
}
