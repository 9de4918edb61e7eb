import { useState } from 'react';

/** The rows ticked for a bulk decision, never more than `max` (the server's batch limit). */
export function useSelection(max = Infinity) {
  const [selected, setSelected] = useState<string[]>([]);
  return {
    selected,
    /** Replaces the selection (the table's select-all and per-row ticks). */
    set: (keys: readonly string[]) => setSelected(keys.slice(0, max)),
    /** Ticks or unticks one row (a phone card's checkbox). */
    toggle: (key: string, on: boolean) =>
      setSelected((s) => (on ? [...s, key].slice(0, max) : s.filter((k) => k !== key))),
    clear: () => setSelected([]),
  };
}
