import { useState } from 'react';
import type { SourceVariantT } from '../hooks/useSimplifiedActions.ts';
import { useT, type MessageKey } from '../i18n/index.ts';

const VARIANTS: readonly { id: SourceVariantT; label: MessageKey }[] = [
  { id: 'hk', label: 'variantHk' },
  { id: 'tw', label: 'variantTw' },
  { id: 't', label: 'variantT' },
];

interface Props {
  value: SourceVariantT;
  /** Settles when the document has been redrafted; meanwhile the choice shows and the select waits. */
  onChange: (variant: SourceVariantT) => Promise<void>;
}

/** The open document's source variant: which OpenCC table its Simplified drafts come from. */
export function VariantSelect({ value, onChange }: Props) {
  const t = useT();
  const [choosing, setChoosing] = useState<SourceVariantT | null>(null);
  const choose = (variant: SourceVariantT) => {
    setChoosing(variant);
    void onChange(variant).finally(() => setChoosing(null));
  };
  return (
    <label title={t('variantTitle')}>
      {t('variantLabel')}{' '}
      <select
        value={choosing ?? value}
        disabled={choosing !== null}
        data-testid="source-variant"
        onChange={(e) => choose(e.target.value as SourceVariantT)}
      >
        {VARIANTS.map(({ id, label }) => (
          <option key={id} value={id}>
            {t(label)}
          </option>
        ))}
      </select>
    </label>
  );
}
