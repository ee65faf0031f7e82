// Live updates from the API: a Server-Sent Events stream at GET /events, read with fetch (which can
// send the bearer header; EventSource cannot). Every API instance pushes to the browsers it holds
// whichever instance wrote the change (they poll the database's signals), so the bell updates
// without a reload. Reconnects with back-off; the caller refetches on each event.
import { useEffect, useRef } from 'react';
import { getToken } from './auth-storage';

export interface LiveEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Parses a chunk stream of SSE text into events (comments and retry lines are skipped). */
export function sseParser(onEvent: (e: LiveEvent) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replace(/\r\n/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (data.length) {
        try {
          onEvent({ event, data: JSON.parse(data.join('\n')) as Record<string, unknown> });
        } catch {
          /* not JSON: ignore */
        }
      }
      end = buffer.indexOf('\n\n');
    }
  };
}

/** Keeps a live stream open while mounted and signed in; calls `onEvent` for each event. */
export function useLiveUpdates(onEvent: (e: LiveEvent) => void, enabled = true): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!enabled || typeof fetch !== 'function' || typeof TextDecoder === 'undefined') return;
    let stopped = false;
    let controller: AbortController | null = null;
    let retry = 1000;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const connect = async () => {
      const token = getToken();
      if (!token || stopped) return;
      controller = new AbortController();
      try {
        const res = await fetch('/events', {
          headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
          signal: controller.signal,
        });
        // Signed out or no such endpoint: do not hammer the server.
        if (res.status === 401 || res.status === 404 || !res.body) return;
        retry = 1000;
        const parse = sseParser((e) => handler.current(e));
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parse(decoder.decode(value, { stream: true }));
        }
      } catch {
        /* network error or aborted */
      }
      if (stopped) return;
      timer = setTimeout(() => void connect(), retry);
      retry = Math.min(retry * 2, 30_000);
    };
    void connect();
    return () => {
      stopped = true;
      controller?.abort();
      if (timer) clearTimeout(timer);
    };
  }, [enabled]);
}
