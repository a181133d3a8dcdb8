/**
 * Parses JSON that has trailing commas (OpenCC's testcases.json does). Commas are dropped
 * only outside strings, so a string that happens to contain ",]" is left alone.
 */
export function parseLenientJson(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === '\\') out += text[(i += 1)] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ',' && /^\s*[\]}]/u.test(text.slice(i + 1, i + 200))) continue;
    out += char;
  }
  return JSON.parse(out);
}
