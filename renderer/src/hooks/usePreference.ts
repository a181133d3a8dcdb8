import { useEffect, useState } from 'react';

/** A user preference of the interface, kept in local storage (it is not project data). */
export function usePreference<T extends string | number>(name: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = localStorage.getItem(`pref:${name}`);
    if (stored === null) return initial;
    return (typeof initial === 'number' ? Number(stored) : stored) as T;
  });
  useEffect(() => localStorage.setItem(`pref:${name}`, String(value)), [name, value]);
  return [value, setValue];
}
