import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/index.ts';
import { ReviewHelp } from './ReviewMode.tsx';
import { DEFAULT_BINDINGS, describeKey, isModifierOnly, SHORTCUT_HELP, type KeyBindings, type ShortcutAction } from '../shortcuts.ts';

interface Props {
  bindings: KeyBindings;
  onChange: (bindings: KeyBindings) => void;
  onClose: () => void;
}

/** The list of shortcuts (F1), where each one can be changed by pressing the new keys. */
export function HelpOverlay({ bindings, onChange, onClose }: Props) {
  const t = useT();
  const closeButton = useRef<HTMLButtonElement>(null);
  const [recording, setRecording] = useState<ShortcutAction | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  useEffect(() => closeButton.current?.focus(), []);

  const record = (event: KeyboardEvent, action: ShortcutAction) => {
    if (isModifierOnly(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') return setRecording(null);
    const keys = describeKey(event);
    const taken = (Object.keys(bindings) as ShortcutAction[]).find((other) => other !== action && bindings[other] === keys);
    if (taken) return setConflict(t('shortcutTaken', { keys }));
    setConflict(null);
    setRecording(null);
    onChange({ ...bindings, [action]: keys });
  };

  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="help-title"
      onKeyDown={(e) => recording === null && e.key === 'Escape' && onClose()}
    >
      <div className="dialog">
        <h2 id="help-title">{t('helpTitle')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUT_HELP.map(({ actions, label }) => (
              <tr key={label}>
                <td>
                  {actions.length === 1 ? (
                    <button
                      type="button"
                      className="binding"
                      aria-label={`${t(label)}: ${bindings[actions[0]!]}. ${t('shortcutChange')}`}
                      onClick={() => setRecording(actions[0]!)}
                      onKeyDown={(e) => recording === actions[0] && record(e, actions[0]!)}
                    >
                      <kbd>{recording === actions[0] ? t('shortcutPress') : bindings[actions[0]!]}</kbd>
                    </button>
                  ) : (
                    <kbd>{actions.map((action) => bindings[action]).join(' … ')}</kbd>
                  )}
                </td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ReviewHelp bindings={bindings} />
        {conflict && <p className="notice" role="alert">{conflict}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onChange({ ...DEFAULT_BINDINGS })}>
            {t('shortcutReset')}
          </button>
          <button type="button" ref={closeButton} onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
