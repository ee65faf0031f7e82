// The session token lives in localStorage and is sent as `Authorization: Bearer <token>`.
const TOKEN_KEY = 'pinzhi.token';
const EXPIRES_KEY = 'pinzhi.tokenExpiresAt';

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function getTokenExpiresAt(): number | null {
  try {
    const raw = localStorage.getItem(EXPIRES_KEY);
    const at = raw ? Date.parse(raw) : NaN;
    return Number.isNaN(at) ? null : at;
  } catch {
    return null;
  }
}

export function setToken(token: string, expiresAt?: string | null): void {
  try {
    localStorage.setItem(TOKEN_KEY, token);
    if (expiresAt) localStorage.setItem(EXPIRES_KEY, expiresAt);
    else localStorage.removeItem(EXPIRES_KEY);
  } catch {
    /* storage unavailable: the session lasts for this page only */
  }
}

export function clearToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
  } catch {
    /* ignore */
  }
}
