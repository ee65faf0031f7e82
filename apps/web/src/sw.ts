/// <reference lib="webworker" />
// The field app's service worker (scope /field/): the app shell is precached (Workbox, the list is
// written by vite-plugin-pwa at build time), so /field/… opens without the network; navigations
// under /field/ get the cached index.html; the outbox is sent on Background Sync. It controls
// only /field/ pages: the admin app and the public survey page (/s/*) never go through it.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { flushOutbox, SYNC_TAG } from './pages/field/outbox';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [/^\/field(\/|$)/], denylist: [/^\/s\//] }));

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

interface SyncEvent extends ExtendableEvent {
  tag: string;
}
self.addEventListener('sync', (event) => {
  const e = event as SyncEvent;
  if (e.tag === SYNC_TAG) e.waitUntil(flushOutbox().then(() => undefined));
});
self.addEventListener('message', (event) => {
  if (event.data === 'flush') event.waitUntil(flushOutbox().then(() => undefined));
});
