// Photo, signature and courseware uploads (POST /uploads, raw body) with progress, and reading stored files
// (GET /files/:id) with the session's bearer token into blob URLs.
import { createContext, useEffect, useState } from 'react';
import { getToken } from '../../lib/auth-storage';

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export interface UploadedFile {
  id: string;
  contentType: string;
  bytes: number;
  sha256: string;
  url: string;
}

export type UploadErrorCode = 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'NETWORK' | 'UNAUTHENTICATED' | 'FAILED';

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
    readonly maxBytes?: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** The API's JSON error body → an UploadError. */
export function uploadErrorOf(status: number, body: unknown): UploadError {
  const error = (body as { error?: { code?: string; message?: string; maxBytes?: number } } | null)?.error;
  const message = error?.message ?? `HTTP ${status}`;
  if (status === 413 || error?.code === 'PAYLOAD_TOO_LARGE') return new UploadError('PAYLOAD_TOO_LARGE', message, error?.maxBytes);
  if (status === 415 || error?.code === 'UNSUPPORTED_MEDIA_TYPE') return new UploadError('UNSUPPORTED_MEDIA_TYPE', message);
  if (status === 401) return new UploadError('UNAUTHENTICATED', message);
  return new UploadError('FAILED', message);
}

/**
 * Uploads one file (an image unless `accepted` says more, e.g. courseware documents); `onProgress`
 * gets 0–100. XMLHttpRequest because fetch reports no upload progress.
 */
export function uploadFile(
  file: Blob,
  onProgress?: (percent: number) => void,
  accepted: readonly string[] = ACCEPTED_IMAGE_TYPES,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const type = file.type;
    if (!accepted.includes(type)) {
      reject(new UploadError('UNSUPPORTED_MEDIA_TYPE', `Unsupported type ${type || 'unknown'}`));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', type);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new UploadError('NETWORK', 'Network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 201 || xhr.status === 200) {
        onProgress?.(100);
        resolve(body as UploadedFile);
      } else reject(uploadErrorOf(xhr.status, body));
    };
    xhr.send(file);
  });
}

const blobCache = new Map<string, Promise<string>>();

/** Files kept on the phone (the field app): `local:<uuid>` references resolved from its storage. */
let localFiles: ((id: string) => Promise<Blob | undefined>) | null = null;
export function registerLocalFiles(resolver: (id: string) => Promise<Blob | undefined>): void {
  localFiles = resolver;
}

/** A blob: URL for a stored file (fetched once per page with the bearer token), or one kept on the phone. */
export function fileBlobUrl(url: string): Promise<string> {
  let pending = blobCache.get(url);
  if (!pending && url.startsWith('local:') && localFiles) {
    pending = localFiles(url).then((blob) => {
      if (!blob) throw new Error('Not on this device');
      return URL.createObjectURL(blob);
    });
    blobCache.set(url, pending);
  }
  if (!pending) {
    const token = getToken();
    pending = fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return URL.createObjectURL(await res.blob());
    });
    pending.catch(() => blobCache.delete(url));
    blobCache.set(url, pending);
  }
  return pending;
}

/** Remember a local file's preview for its stored URL (no download right after an upload). */
export function primeFileUrl(url: string, blob: Blob): void {
  if (typeof URL.createObjectURL === 'function') blobCache.set(url, Promise.resolve(URL.createObjectURL(blob)));
}

export function useFileUrl(url: string | null | undefined): { src: string | null; error: boolean } {
  const [state, setState] = useState<{ url: string | null; src: string | null; error: boolean }>({ url: null, src: null, error: false });
  useEffect(() => {
    if (!url) return;
    let live = true;
    fileBlobUrl(url).then(
      (src) => live && setState({ url, src, error: false }),
      () => live && setState({ url, src: null, error: true }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state.url === url ? { src: state.src, error: state.error } : { src: null, error: false };
}

/** A photo or signature as the form keeps it: the server's file, or (offline) one kept on the phone. */
export interface EvidenceStore {
  add(file: Blob, onProgress?: (percent: number) => void): Promise<{ id: string; url: string }>;
}

/** Online: upload at once (POST /uploads). The field app provides a store that keeps files on the phone. */
export const serverEvidenceStore: EvidenceStore = {
  async add(file, onProgress) {
    const stored = await uploadFile(file, onProgress);
    primeFileUrl(stored.url, file);
    return { id: stored.id, url: stored.url };
  },
};

export const EvidenceStoreContext = createContext<EvidenceStore>(serverEvidenceStore);
