import type { ImportPreviewT, ParagraphKindT } from '../../../core/api/contract.ts';
import { useT } from '../i18n/index.ts';
import { KIND_BADGE, KIND_COUNT } from '../import-labels.ts';
import type { ImportProblem } from '../import-errors.ts';

const KINDS: readonly ParagraphKindT[] = ['heading', 'body', 'caption', 'boilerplate'];

const codePointName = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

export function ProblemMessage({ problem }: { problem: ImportProblem }) {
  const t = useT();
  return (
    <div className="import-problem" role="alert" data-testid="import-problem">
      <strong>{problem.headline}</strong> {t('nothingImported')}
      <div className="detail">{problem.detail}</div>
    </div>
  );
}

function Warnings({ preview }: { preview: ImportPreviewT }) {
  const t = useT();
  if (preview.warningCount === 0) return null;
  return (
    <section className="import-warnings" data-testid="import-warnings">
      <h3>⚠ {t('warningsTitle', { count: preview.warningCount })}</h3>
      <ul>
        {preview.warnings.map((warning) => (
          <li key={`${warning.line}:${warning.column}`} title={warning.message}>
            <span className="position">{t('warningPosition', { line: warning.line, column: warning.column })}</span>{' '}
            {t(warning.codePoint === 0xfffd ? 'warningUndecodable' : 'warningPrivateUse', { code: codePointName(warning.codePoint) })}
          </li>
        ))}
      </ul>
      {preview.warningCount > preview.warnings.length && (
        <p className="more">{t('warningsMore', { count: preview.warningCount - preview.warnings.length })}</p>
      )}
    </section>
  );
}

/** What an import will make: counts by kind, characters to check, and the first paragraphs with their kinds. */
export function ImportPreview({ preview, busy }: { preview: ImportPreviewT; busy: boolean }) {
  const t = useT();
  return (
    <div className={busy ? 'import-preview busy' : 'import-preview'} aria-busy={busy} data-testid="import-preview">
      <p className="import-counts" data-testid="import-counts">
        <strong>{t('paragraphTotal', { count: preview.paragraphCount })}</strong>
        {KINDS.filter((kind) => preview.counts[kind] > 0).map((kind) => (
          <span key={kind} className="count" data-kind={kind}>
            <span className={`kind-badge kind-${kind}`}>{t(KIND_COUNT[kind])}</span> {preview.counts[kind]}
          </span>
        ))}
      </p>
      {preview.counts.boilerplate > 0 && <p className="hint">{t('boilerplateNote')}</p>}
      <Warnings preview={preview} />
      <h3>{t('previewTitle')}</h3>
      <ol className="import-paragraphs">
        {preview.paragraphs.map((paragraph, i) => (
          <li key={i} className={`kind-${paragraph.kind}`} data-testid="preview-paragraph" data-kind={paragraph.kind}>
            <span className={`kind-badge kind-${paragraph.kind}`}>{t(KIND_BADGE[paragraph.kind])}</span>
            <span className="text" lang="zh-Hant">
              {paragraph.source}
            </span>
          </li>
        ))}
      </ol>
      {preview.paragraphCount > preview.paragraphs.length && (
        <p className="more">{t('previewMore', { count: preview.paragraphCount - preview.paragraphs.length })}</p>
      )}
    </div>
  );
}
