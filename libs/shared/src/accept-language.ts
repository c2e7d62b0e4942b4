/** The languages the API answers errors in. */
export type ErrorLanguage = 'fa' | 'en';

/**
 * Persian when the caller's `Accept-Language` prefers it to English (`fa`, `fa-IR`, `fa;q=1, en;q=0.5`),
 * English otherwise. Languages we do not speak are skipped, so `de, fa` is Persian.
 */
export function preferredLanguage(header: string | string[] | undefined): ErrorLanguage {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { lang: ErrorLanguage; q: number } | undefined;
  for (const part of text.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'fa' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'en';
}
