// The Apollo error link reports an UNAUTHENTICATED response here; the session provider listens
// and sends the user back to sign-in with the reason.
export type SignOutReason =
  'SESSION_EXPIRED' | 'SESSION_REVOKED' | 'ACCOUNT_DEACTIVATED' | 'NO_TOKEN' | 'SIGNED_OUT' | 'PASSWORD_EXPIRED' | 'TENANT_SUSPENDED';

const SIGN_OUT_REASONS: readonly SignOutReason[] = [
  'SESSION_EXPIRED',
  'SESSION_REVOKED',
  'ACCOUNT_DEACTIVATED',
  'NO_TOKEN',
  'SIGNED_OUT',
  'PASSWORD_EXPIRED',
  'TENANT_SUSPENDED',
];

export function toSignOutReason(value: unknown): SignOutReason {
  return SIGN_OUT_REASONS.includes(value as SignOutReason) ? (value as SignOutReason) : 'SESSION_EXPIRED';
}

export function isSignOutReason(value: unknown): value is SignOutReason {
  return SIGN_OUT_REASONS.includes(value as SignOutReason);
}

type Listener = (reason: SignOutReason) => void;
const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitUnauthenticated(reason: SignOutReason): void {
  for (const listener of [...listeners]) listener(reason);
}
