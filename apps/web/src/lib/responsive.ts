import { useSyncExternalStore } from 'react';

// Matches AntD's xs breakpoint edge; the brief defines "phone" as ≤ 576 px.
const PHONE_QUERY = '(max-width: 576px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True at phone width; read synchronously so the first paint already uses the right layout. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
