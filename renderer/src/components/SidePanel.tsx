import { useState, type ReactNode } from 'react';
import { useT, type MessageKey } from '../i18n/index.ts';

export interface SideTab {
  id: string;
  label: MessageKey;
  content: ReactNode;
}

/** The right-hand panel: one tab per kind of help for the active paragraph. */
export function SidePanel({ tabs, selected, onSelect }: { tabs: readonly SideTab[]; selected?: string; onSelect?: (id: string) => void }) {
  const t = useT();
  // The app may steer the tab (a dictionary lookup opens its tab); otherwise the panel keeps it.
  const [ownId, setOwnId] = useState(tabs[0]?.id ?? '');
  const activeId = selected ?? ownId;
  const setActiveId = onSelect ?? setOwnId;
  const active = tabs.find((tab) => tab.id === activeId) ?? tabs[0];
  return (
    <aside className="side-panel">
      <div role="tablist" className="tabs" aria-label={t('sidePanel')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active?.id}
            aria-controls={`panel-${tab.id}`}
            className="tab"
            onClick={() => setActiveId(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {active && (
        <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} className="tab-panel">
          {active.content}
        </div>
      )}
    </aside>
  );
}
