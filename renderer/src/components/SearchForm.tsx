import type { FormEvent } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onSearch: (value: string) => void;
  /** Placeholder and accessible name of the field. */
  label: string;
  submitLabel: string;
  testId: string;
}

/** A search field with its button: Enter or the button searches for what is typed. */
export function SearchForm({ value, onChange, onSearch, label, submitLabel, testId }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value);
  };
  return (
    <form onSubmit={submit} className="concordance-form">
      <input type="search" value={value} onChange={(event) => onChange(event.target.value)} placeholder={label} aria-label={label} data-testid={testId} />
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
