// Whether the API last answered SERVICE_UNAVAILABLE (HTTP 503: its database did not answer in
// time). The Apollo link reports it; a banner shows while it lasts, and the next answer that
// is not a 503 clears it.
import { useSyncExternalStore } from 'react';

let unavailable = false;
const listeners = new Set<() => void>();

export function reportServiceAvailability(available: boolean): void {
  if (unavailable === !available) return;
  unavailable = !available;
  for (const listener of [...listeners]) listener();
}

export function useServiceUnavailable(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unavailable,
    () => false,
  );
}
