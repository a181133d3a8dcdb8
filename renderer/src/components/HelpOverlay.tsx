import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index.ts';
import { SHORTCUT_HELP, type KeyBindings } from '../shortcuts.ts';

export function HelpOverlay({ bindings, onClose }: { bindings: KeyBindings; onClose: () => void }) {
  const t = useT();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog">
        <h2 id="help-title">{t('helpTitle')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUT_HELP.map(({ actions, label }) => (
              <tr key={label}>
                <td>
                  <kbd>{actions.map((action) => bindings[action]).join(' … ')}</kbd>
                </td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" ref={closeButton} onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
