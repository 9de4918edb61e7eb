import type { HTMLAttributes } from 'react';
import { useNavigate } from 'react-router';

/**
 * Table rows that open a detail page when clicked anywhere, while a link inside the row stays a
 * real link for keyboards and new tabs (shared by every list whose rows lead somewhere).
 */
export function useRowLink<T>(path: (item: T) => string): (item: T) => HTMLAttributes<HTMLElement> {
  const goTo = useNavigate();
  return (item) => ({
    onClick: (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('a')) void goTo(path(item));
    },
    style: { cursor: 'pointer' },
  });
}
