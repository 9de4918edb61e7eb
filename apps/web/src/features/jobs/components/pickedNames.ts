import { useCallback, useState } from 'react';
import type { NamedCode } from '../api';

/** Props of a picker for several codes of a posting (majors, work places). */
export interface MultiPickerProps {
  value?: string[];
  onChange?: (codes: string[]) => void;
  /** Names of codes already saved, so they show before anyone searches. */
  names: readonly NamedCode[];
  id?: string;
  disabled?: boolean;
  max: number;
}

/**
 * Names for the codes a multi-picker holds: those picked in this session first, then the saved ones,
 * else the bare code (a value the picker could not name yet).
 */
export function usePickedNames(saved: readonly NamedCode[]) {
  const [picked, setPicked] = useState<NamedCode[]>([]);
  const nameOf = useCallback(
    (code: string) =>
      picked.find((item) => item.code === code)?.name ??
      saved.find((item) => item.code === code)?.name ??
      code,
    [picked, saved],
  );
  const remember = useCallback((added: NamedCode[]) => setPicked((current) => [...current, ...added]), []);
  return { nameOf, remember };
}
