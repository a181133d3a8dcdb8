import { useT } from '../i18n/index.ts';

interface Props {
  message: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An in-place "are you sure?" with Yes and No; No takes the focus, so Enter alone never deletes. */
export function Confirmation({ message, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <div className="document-confirm" role="alert">
      {message}{' '}
      <button type="button" onClick={onConfirm}>
        {t('yes')}
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        {t('no')}
      </button>
    </div>
  );
}
