/** A small TMX 1.4 file: zh-HK sources with English translations, as tests import them. */
export function tmxOf(pairs: readonly (readonly [string, string])[]): string {
  const units = pairs.map(([source, en]) => `<tu><tuv xml:lang="zh-HK"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="test" adminlang="en" srclang="zh-HK" datatype="plaintext"/>
<body>
${units.join('\n')}
</body></tmx>`;
}

export const base64Of = (text: string) => Buffer.from(text, 'utf8').toString('base64');
