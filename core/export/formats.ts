/** The export formats, in a module of their own so the API contract can name them without the writers. */
export const EXPORT_FORMATS = ['bilingual-docx', 'bilingual-html', 'bilingual-md', 'docx', 'txt', 'md', 'xliff', 'xliff12', 'tmx'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];
