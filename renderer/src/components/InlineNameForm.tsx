import { useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/index.ts';

interface Props {
  initial: string;
  /** The field's accessible name. */
  label: string;
  /** The submit button's text: Save unless told. */
  submitLabel?: string;
  maxLength: number;
  className: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** A keydown handler for an in-place form: Escape cancels it. */
export function escapeCancels(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
}

/** A name typed in place (a new project, a rename): Enter saves, Escape or an empty name cancels. */
export function InlineNameForm({ initial, label, submitLabel, maxLength, className, onSubmit, onCancel }: Props) {
  const t = useT();
  const [name, setName] = useState(initial);
  return (
    <form
      className={`inline-name ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') onCancel();
        else onSubmit(name.trim());
      }}
      onKeyDown={escapeCancels(onCancel)}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} aria-label={label} maxLength={maxLength} autoFocus lang="zh-Hant" />
      <button type="submit">{submitLabel ?? t('save')}</button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
