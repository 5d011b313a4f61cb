import { describe, expect, it } from 'vitest';
import { normalizeUrl, textHash } from '../../lib/library/article-identity';

describe('the URL an article is recognised by', () => {
  it.each([
    ['https://News.Example/a#top', 'https://news.example/a'],
    ['https://news.example/a?utm_source=x&utm_medium=y&id=3', 'https://news.example/a?id=3'],
    ['https://news.example/a?fbclid=1&gclid=2&ref=home', 'https://news.example/a'],
    ['https://news.example/a?b=2&a=1', 'https://news.example/a?a=1&b=2'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['  https://news.example/a  ', 'https://news.example/a'],
    ['', ''],
    ['not a url', ''],
  ])('of %j is %j', (url, key) => {
    expect(normalizeUrl(url)).toBe(key);
  });
});

describe('the hash an article’s text is recognised by', () => {
  it('is the same whatever the spacing, different for another text', async () => {
    const hash = await textHash('One sentence.\n\nAnother one.');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await textHash('  One sentence. Another   one.\n')).toBe(hash);
    expect(await textHash('One sentence. Another two.')).not.toBe(hash);
  });
});
