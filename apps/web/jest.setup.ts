// jsdom lacks a few browser APIs that antd and React Router use.
import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';
import { addFeatureTexts } from './src/i18n';
import { featureTexts } from './src/i18n/features';

// The app loads the feature texts lazily after sign-in (AppLayout); component tests get all texts up front.
addFeatureTexts(featureTexts);

// antd under jsdom is slow on a busy 2-core machine (shared with other work, a page's first
// render has taken over 10 s): findBy*/waitFor wait up to 20 s. A passing test does not wait
// longer for it — they return as soon as the element is there; tests take no shorter timeout.
configure({ asyncUtilTimeout: 20000 });

Object.assign(globalThis, { TextEncoder, TextDecoder });

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// @rc-component/form batches watcher updates through MessageChannel (absent in jsdom).
if (typeof (globalThis as { MessageChannel?: unknown }).MessageChannel === 'undefined') {
  type Port = { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (data: unknown) => void; close: () => void };
  class MessageChannelStub {
    port1: Port;
    port2: Port;
    constructor() {
      const make = (): Port => ({ onmessage: null, postMessage: () => undefined, close: () => undefined });
      this.port1 = make();
      this.port2 = make();
      this.port1.postMessage = (data) => setTimeout(() => this.port2.onmessage?.({ data }), 0);
      this.port2.postMessage = (data) => setTimeout(() => this.port1.onmessage?.({ data }), 0);
    }
  }
  Object.assign(globalThis, { MessageChannel: MessageChannelStub });
}

// React Router's data routers wrap each navigation in a fetch Request (absent in jsdom).
if (typeof (globalThis as { Request?: unknown }).Request === 'undefined') {
  class RequestStub {
    url: string;
    method: string;
    signal: AbortSignal;
    constructor(input: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(input);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal ?? new AbortController().signal;
    }
  }
  Object.assign(globalThis, { Request: RequestStub });
}

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: (globalThis as { ResizeObserver?: unknown }).ResizeObserver ?? ResizeObserverStub });

// antd measures scrollbars through getComputedStyle(el, '::pseudo'), which jsdom does not implement.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element, pseudo?: string | null) => realGetComputedStyle(elt, pseudo ? undefined : pseudo);

window.scrollTo = () => undefined;

beforeEach(() => {
  localStorage.clear();
});
