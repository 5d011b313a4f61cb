/** Query parameters that say how a reader came to a page, not which page it is. */
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|smid|sr_share|at_medium|at_campaign)$/i;

/**
 * The URL an article is recognised by: without its fragment or tracking parameters, the
 * rest sorted. Empty for an empty or unparsable URL (a pasted text has none).
 */
export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return '';
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  return parsed.href;
}

/** SHA-256 (hex) of the text, its spacing normalised: the same article pasted twice has one hash. */
export async function textHash(
  text: string,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<string> {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(normal));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
