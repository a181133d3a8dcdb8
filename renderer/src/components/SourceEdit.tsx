import { useRef, useState, type KeyboardEvent } from 'react';
import { useSimplifiedActions } from '../hooks/useSimplifiedActions.ts';
import { useT } from '../i18n/index.ts';

interface Props {
  paragraphId: number;
  position: number;
  source: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A small editor for correcting a paragraph's source. A source is one line, so Enter saves.
 * The keys it handles stop here: Ctrl+Enter and the other grid shortcuts belong to the cells.
 */
function SourceEditor({ paragraphId, position, source, onClose }: Props & { onClose: () => void }) {
  const t = useT();
  const { editSource } = useSimplifiedActions();
  const [text, setText] = useState(source);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const blank = text.trim() === '';

  const save = async () => {
    if (text === source) return onClose();
    setSaving(true);
    try {
      await editSource(paragraphId, text);
      onClose();
    } catch (failure) {
      setError(message(failure));
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      if (!blank && !saving) void save();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div className="source-editor">
      <textarea
        lang="zh-Hant"
        value={text}
        autoFocus
        aria-label={t('sourceEditLabel', { n: position + 1 })}
        aria-describedby={`source-hint-${paragraphId}`}
        data-testid="source-editor"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="hint" id={`source-hint-${paragraphId}`}>
        {t('sourceEditHint')}
      </p>
      {error && (
        <p className="source-error" role="alert">
          {error}
        </p>
      )}
      <div className="source-editor-buttons">
        <button type="button" disabled={blank || saving} onClick={() => void save()}>
          {t('sourceEditSave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('sourceEditCancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * "Edit source" under a row's source text (shown on the active row), opening the editor in
 * place. Saving flags the paragraph's translations, so the stale flow can be seen at once.
 */
export function SourceEdit(props: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    // Give focus back to where the editor was opened from, not to the page.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (editing) return <SourceEditor {...props} onClose={close} />;
  return (
    <button type="button" ref={editButton} className="source-edit" data-testid="edit-source" onClick={() => setEditing(true)}>
      ✎ {t('sourceEdit')}
    </button>
  );
}
