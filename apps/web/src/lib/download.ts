// Excel exports are plain GETs under /downloads/… that need the bearer token: fetch with the
// header, then hand the blob to the browser as a file (name from content-disposition).
import { getToken } from './auth-storage';
import { emitUnauthenticated, toSignOutReason } from './auth-events';
import { clearPlatformToken, getPlatformToken, inPlatformConsole, platformLoginPath } from './platform-token';

export class DownloadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/** The file name of a content-disposition header (RFC 6266 filename* first, then filename). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)?'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Fetches an authenticated download and saves it; throws DownloadError (code from the API) on failure. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  // The operator console (/platform/*) sends the platform operator's token, every other page the member's.
  const platform = inPlatformConsole();
  const token = platform ? getPlatformToken() : getToken();
  let res: Response;
  try {
    res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (e) {
    throw new DownloadError('NETWORK', e instanceof Error ? e.message : String(e), 0);
  }
  if (!res.ok) {
    let code = res.status === 401 ? 'UNAUTHENTICATED' : res.status === 403 ? 'FORBIDDEN' : res.status === 404 ? 'NOT_FOUND' : 'UNKNOWN';
    let message = res.statusText;
    let reason: string | undefined;
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string; reason?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
      reason = body.error?.reason;
    } catch {
      /* not JSON */
    }
    if (code === 'UNAUTHENTICATED' && platform) {
      clearPlatformToken();
      window.location.assign(platformLoginPath(reason ?? 'SESSION_EXPIRED'));
    } else if (code === 'UNAUTHENTICATED') emitUnauthenticated(toSignOutReason(reason ?? 'SESSION_EXPIRED'));
    throw new DownloadError(code, message, res.status);
  }
  const filename = filenameFromDisposition(res.headers.get('content-disposition'), fallbackName);
  saveBlob(await res.blob(), filename);
  return filename;
}
