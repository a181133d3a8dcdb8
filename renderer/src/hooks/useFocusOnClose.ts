import { useEffect, useRef } from 'react';

/** A ref for the element that gets the focus back when an in-place form or confirmation closes, so the keyboard user keeps their place. */
export function useFocusOnClose<T extends HTMLElement>(open: boolean) {
  const target = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return target;
}
