import { forwardRef, type ReactNode } from 'react';
import type { TargetLangT } from '../../../core/api/contract.ts';
import type { Filter } from '../filters.ts';
import { UI_LANGUAGES, useT, type UiLanguage } from '../i18n/index.ts';

export type Theme = 'system' | 'light' | 'dark';

interface Props {
  filter: Filter;
  onFilter: (filter: Filter) => void;
  language: UiLanguage;
  onLanguage: (language: UiLanguage) => void;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  fontSize: number;
  onFontSize: (size: number) => void;
  onHelp: () => void;
  /** The review mode switch, shown with the filters it changes. */
  reviewToggle?: ReactNode;
  /** Document actions (export, import of returned files), shown first on the right. */
  actions?: ReactNode;
}

export const Toolbar = forwardRef<HTMLInputElement, Props>(function Toolbar(props, findRef) {
  const t = useT();
  const { filter, onFilter } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('filterStatus')}>
      <input
        ref={findRef}
        type="search"
        className="find"
        placeholder={t('filterText')}
        aria-label={t('filterText')}
        value={filter.text}
        onChange={(event) => onFilter({ ...filter, text: event.target.value })}
      />
      <label>
        {t('filterStatus')}{' '}
        <select value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.target.value as Filter['status'] })}>
          <option value="all">{t('filterAll')}</option>
          <option value="unconfirmed">{t('filterUnconfirmed')}</option>
          <option value="confirmed">{t('filterConfirmed')}</option>
          <option value="toReview">{t('filterToReview')}</option>
          <option value="reviewed">{t('filterReviewed')}</option>
        </select>
      </label>
      <label>
        {t('filterColumn')}{' '}
        <select value={filter.lang} onChange={(e) => onFilter({ ...filter, lang: e.target.value as TargetLangT })}>
          <option value="en">{t('columnEnglish')}</option>
          <option value="zh-Hans">{t('columnSimplified')}</option>
        </select>
      </label>
      <label>
        {t('filterKind')}{' '}
        <select value={filter.kind} onChange={(e) => onFilter({ ...filter, kind: e.target.value as Filter['kind'] })}>
          <option value="any">{t('filterAnyKind')}</option>
          <option value="heading">{t('kindHeading')}</option>
          <option value="body">{t('kindBody')}</option>
          <option value="caption">{t('kindCaption')}</option>
          <option value="boilerplate">{t('kindBoilerplate')}</option>
        </select>
      </label>
      {props.reviewToggle}
      <span className="spacer" />
      {props.actions}
      <label>
        {t('fontSize')}{' '}
        <input
          type="number"
          min={12}
          max={24}
          value={props.fontSize}
          onChange={(e) => props.onFontSize(Math.min(24, Math.max(12, Number(e.target.value) || 15)))}
          className="font-size"
        />
      </label>
      <label>
        {t('theme')}{' '}
        <select value={props.theme} onChange={(e) => props.onTheme(e.target.value as Theme)}>
          <option value="system">{t('themeSystem')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('interfaceLanguage')}</span>
        <select
          value={props.language}
          onChange={(e) => props.onLanguage(e.target.value as UiLanguage)}
          aria-label={t('interfaceLanguage')}
          data-testid="ui-language"
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onHelp} title={t('help')} aria-label={t('help')}>
        ?
      </button>
    </div>
  );
});
