import { useEffect, useState } from 'react';
import { useT } from '../i18n/index.ts';

interface Props {
  paragraphId: number | null;
  comment: string | null;
  onSave: (paragraphId: number, text: string) => void;
}

/** The active paragraph's comment, saved when the field loses focus. */
export function CommentPanel({ paragraphId, comment, onSave }: Props) {
  const t = useT();
  const [text, setText] = useState(comment ?? '');
  useEffect(() => setText(comment ?? ''), [paragraphId, comment]);
  if (paragraphId === null) return <p className="hint">{t('commentHint')}</p>;
  return (
    <label className="comment">
      <span className="visually-hidden">{t('commentLabel')}</span>
      <textarea
        value={text}
        placeholder={t('commentPlaceholder')}
        data-testid="comment"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => text !== (comment ?? '') && onSave(paragraphId, text)}
      />
    </label>
  );
}
