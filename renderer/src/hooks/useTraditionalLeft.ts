import { useEffect, useState } from 'react';
import type { MethodResult } from '../../../core/api/contract.ts';
import { api } from '../api.ts';

export type Leftover = MethodResult<'findTraditionalLeft'>[number];

/** Long enough that a typist's burst sends one request, short enough to feel live. */
const CHECK_DELAY_MS = 300;
const NONE: readonly Leftover[] = [];

/**
 * Traditional characters still in a Simplified text, checked by the backend once the typist
 * pauses. The last answer stays until the next one arrives, so the warning does not flicker
 * on every keystroke; an answer for an older text is dropped. Mount it only for the cell
 * being worked on: each mounted instance checks its text.
 */
export function useTraditionalLeft(text: string): readonly Leftover[] {
  const blank = text.trim() === '';
  const [found, setFound] = useState<readonly Leftover[]>(NONE);
  useEffect(() => {
    if (blank) return;
    let current = true;
    const timer = setTimeout(() => {
      api.findTraditionalLeft({ text }).then(
        (chars) => current && setFound(chars),
        // The check only advises: if it fails, typing and saving go on without it.
        () => current && setFound(NONE),
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, blank]);
  return blank ? NONE : found;
}
