/** The About box text: versions and the licences of what the app ships. */
export function aboutText(appVersion: string, versions: Record<string, string | undefined>): string {
  return [
    `Bilingual Workbench ${appVersion}`,
    `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node.js ${versions.node ?? '?'}`,
    '',
    'Licences of included software:',
    '• opencc-js (MIT) with OpenCC dictionaries (Apache-2.0)',
    '• better-sqlite3 (MIT) with SQLite (public domain)',
    '• React, zod, docx, mammoth, htmlparser2, iconv-lite, saxes (MIT / BSD / ISC)',
    '• Electron and Chromium (MIT / BSD-style)',
    '',
    'Chinese–English dictionary: CC-CEDICT (cc-cedict.org), published by MDBG, licensed under',
    'Creative Commons Attribution-ShareAlike 4.0. Based on CEDICT, © 1997, 1998 Paul Andrew Denisowski.',
    '',
    'English spelling: nspell (MIT) with dictionary-en-gb and dictionary-en (MIT AND BSD), the Hunspell en_GB and en_US',
    'dictionaries from SCOWL (wordlist.aspell.net), © 2000–2018 Kevin Atkinson, with affix rules from Ispell, © 1993 Geoff Kuenning.',
  ].join('\n');
}
