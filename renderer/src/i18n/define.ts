import type { UiLanguage } from './languages.ts';

/**
 * One feature's interface strings in every interface language. The type makes the
 * Chinese catalogues name exactly the English keys, so no string is missing in any language.
 */
export type MessagePart<T extends Record<string, string>> = Record<'en', T> & Record<Exclude<UiLanguage, 'en'>, Record<keyof T, string>>;

export function defineMessages<T extends Record<string, string>>(part: MessagePart<T>): MessagePart<T> {
  return part;
}
