import { useState, type ReactNode } from 'react';
import type { DocumentViewT } from '../../../core/api/contract.ts';
import { ENCODING_LABELS, SOURCE_ENCODINGS, type SourceEncoding } from '../../../core/import/encoding-names.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../../../core/import/types.ts';
import { useT } from '../i18n/index.ts';
import { FORMAT_LABEL } from '../import-labels.ts';

interface Props {
  view: DocumentViewT;
  onIncludeBoilerplate: (include: boolean) => Promise<void>;
  onUndo: () => void;
  /** Further document commands, shown after where the document came from. */
  children?: ReactNode;
}

const isFormat = (value: string | null): value is SourceFormat => SOURCE_FORMATS.some((f) => f === value);
const isEncoding = (value: string | null): value is SourceEncoding => SOURCE_ENCODINGS.some((e) => e === value);

/** The open document's own settings: where it came from, its boilerplate, and undo of paragraph edits. */
export function DocumentBar({ view, onIncludeBoilerplate, onUndo, children }: Props) {
  const t = useT();
  const { format, encoding, includeBoilerplate } = view.settings;
  // The box shows the click at once; the stored setting takes over when the document is read again.
  const [pending, setPending] = useState<boolean | null>(null);
  const boilerplate = view.paragraphs.reduce((count, p) => count + (p.kind === 'boilerplate' ? 1 : 0), 0);
  const origin = [isFormat(format) ? t(FORMAT_LABEL[format]) : null, isEncoding(encoding) ? ENCODING_LABELS[encoding] : null].filter(Boolean).join(', ');
  return (
    <div className="document-bar" role="group" aria-label={t('documentBar')}>
      {origin && (
        <span className="hint" data-testid="document-origin">
          {t('sourceInfo', { format: origin })}
        </span>
      )}
      {children}
      <span className="spacer" />
      {boilerplate > 0 && (
        <label>
          <input
            type="checkbox"
            checked={pending ?? includeBoilerplate}
            onChange={(e) => {
              setPending(e.target.checked);
              void onIncludeBoilerplate(e.target.checked).finally(() => setPending(null));
            }}
            data-testid="include-boilerplate"
          />{' '}
          {t('includeBoilerplate', { count: boilerplate })}
        </label>
      )}
      <button type="button" onClick={onUndo} data-testid="undo-paragraph-edit">
        ↶ {t('undoParagraphEdit')}
      </button>
    </div>
  );
}
