// The platform operator's token: kept apart from a company member's (pinzhi.token), so that an
// operator console and a company session in the same browser never replace each other. The
// console's pages (/platform/*) send this one.
const TOKEN_KEY = 'pinzhi.platformToken';

export const PLATFORM_PATH = '/platform';

export function inPlatformConsole(pathname: string = typeof window === 'undefined' ? '' : window.location.pathname): boolean {
  return pathname === PLATFORM_PATH || pathname.startsWith(`${PLATFORM_PATH}/`);
}

export function getPlatformToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setPlatformToken(token: string): void {
  try {
    localStorage.setItem(TOKEN_KEY, token);
  } catch {
    /* storage unavailable */
  }
}

export function clearPlatformToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* ignore */
  }
}

/** The console's sign-in page, with why the last platform session ended. */
export function platformLoginPath(reason?: string): string {
  return reason ? `${PLATFORM_PATH}/login?reason=${encodeURIComponent(reason)}` : `${PLATFORM_PATH}/login`;
}
