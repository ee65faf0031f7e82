import type { ReactNode } from 'react';
import { ForbiddenPage } from '../components/PageStates';
import { mayVisit, type NavKey } from '../layout/nav';
import { can, type Permission } from './permissions';
import { useMe } from './SessionProvider';

/** Route guard: pages a role may not see show 403 (they are not in its navigation either). */
export function Allow({ nav, permission, children }: { nav?: NavKey; permission?: Permission; children: ReactNode }) {
  const me = useMe();
  const allowed = (!nav || mayVisit(me.role, nav)) && (!permission || can(me.role, permission));
  return allowed ? <>{children}</> : <ForbiddenPage />;
}

/** Renders children only when the signed-in role holds the permission. */
export function IfCan({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return can(me.role, permission) ? <>{children}</> : null;
}

export function useCan(permission: Permission): boolean {
  return can(useMe().role, permission);
}
