/**
 * Our five statuses against XLIFF states. 2.0 has four states; `subState` (prefix:value)
 * tells auto from draft. 1.2 has a longer list and a state-qualifier for machine output.
 */
import type { CellStatusT } from '../api/contract.ts';

const SUBSTATE_PREFIX = 'bw:';

export function stateFor20(status: CellStatusT): { state: string; subState: string | null } {
  if (status === 'translated' || status === 'reviewed') return { state: status, subState: null };
  return { state: 'initial', subState: status === 'empty' ? null : `${SUBSTATE_PREFIX}${status}` };
}

export function statusFrom20(state: string | undefined, subState: string | undefined, hasText: boolean): CellStatusT {
  if (!hasText) return 'empty';
  if (state === 'translated') return 'translated';
  if (state === 'reviewed' || state === 'final') return 'reviewed';
  return subState === `${SUBSTATE_PREFIX}auto` ? 'auto' : 'draft';
}

export function stateFor12(status: CellStatusT): { state: string; qualifier: string | null } {
  switch (status) {
    case 'empty':
      return { state: 'needs-translation', qualifier: null };
    case 'auto':
      return { state: 'needs-review-translation', qualifier: 'mt-suggestion' };
    case 'draft':
      return { state: 'needs-review-translation', qualifier: null };
    case 'translated':
      return { state: 'translated', qualifier: null };
    case 'reviewed':
      return { state: 'signed-off', qualifier: null };
  }
}

export function statusFrom12(state: string | undefined, qualifier: string | undefined, hasText: boolean): CellStatusT {
  if (!hasText) return 'empty';
  if (state === 'translated') return 'translated';
  if (state === 'signed-off' || state === 'final') return 'reviewed';
  return qualifier === 'mt-suggestion' || qualifier === 'leveraged-mt' ? 'auto' : 'draft';
}

const ORDER: readonly CellStatusT[] = ['empty', 'auto', 'draft', 'translated', 'reviewed'];

/** A unit of several segments is as far along as its least advanced segment. */
export function leastAdvanced(statuses: readonly CellStatusT[]): CellStatusT {
  return statuses.reduce((least, s) => (ORDER.indexOf(s) < ORDER.indexOf(least) ? s : least), 'reviewed');
}
