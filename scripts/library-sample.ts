// With every article of people-gold.json added to a library, finds the library's people on the
// corpus pages and prints a seeded random sample of those highlights with their context, to be
// judged by hand (issue 14: ≥ 0.95 must be the right person). Runs in Node, without a browser:
// each page's text is read block by block (script-free, as the corpus README serves it), so a
// name split across blocks is not seen; the browsers' scan finds the same names within blocks.
//   node --import tsx scripts/library-sample.ts [--corpus=DIR] [--size=200] [--seed=14]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { ENTITIES } from '../data/entities';
import { compileStoredMatcher } from '../lib/knowledge/compile-stored-matcher';
import { storedMatcherData } from '../lib/knowledge/stored-matcher';
import { articleFrom, BUNDLED_ID } from '../lib/library/article';
import { BUNDLED_ARTICLE } from '../lib/library/bundled-article';
import { mergedEntities, pageEntities } from '../lib/library/library-knowledge';
import { newArticle } from '../lib/library/new-article';
import { parseGold } from '../lib/library/parse-gold';
import { findMentions } from '../lib/text/find-mentions';
import { matcherFromData } from '../lib/text/matcher-data';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]),
);
const corpus = path.resolve(args.corpus ?? '../shared/corpus');
const size = Number(args.size ?? 200);
let seed = Number(args.seed ?? 14);

/** A small seeded generator (mulberry32): the same sample on every run. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const BLOCK =
  /^(p|div|li|ul|ol|h[1-6]|td|th|tr|table|article|section|header|footer|nav|aside|main|blockquote|pre|figure|figcaption|dd|dt|dl|form|body|br)$/;
const SKIP = /^(script|style|noscript|template|textarea|title|head)$/;

/** The page's text, one string per block, as the corpus README walks it. */
function blockTexts(html: string): string[] {
  const window = new Window();
  const doc = window.document;
  doc.write(html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, ''));
  const blocks = new Map<unknown, string>();
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let block = node.parentElement;
    let skipped = false;
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (SKIP.test(el.localName)) skipped = true;
    }
    if (skipped) continue;
    while (block && !BLOCK.test(block.localName)) block = block.parentElement;
    blocks.set(block, (blocks.get(block) ?? '') + (node as unknown as Text).data);
  }
  void window.happyDOM.close();
  return [...blocks.values()];
}

const gold = parseGold(readFileSync(path.join(corpus, 'people-gold.json'), 'utf8'));
const labels = JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8')) as {
  pages: { file: string; url: string | null }[];
};
/** Where each page was read, as Add this page would record it. */
const urlOf = new Map(
  labels.pages.map(({ file, url }) => [file, url?.startsWith('//') ? `https:${url}` : (url ?? '')]),
);
const added = gold.map((page, n) =>
  articleFrom({
    ...newArticle({ title: page.title, text: page.text, url: urlOf.get(page.file) ?? '' }),
    id: `gold-${n}`,
  }),
);
/** The saved pages each library person comes from (their own articles' pages). */
const pagesOf = new Map<string, Set<string>>();
gold.forEach((page, n) => {
  for (const entity of added[n]?.entities ?? []) {
    pagesOf.set(entity.id, (pagesOf.get(entity.id) ?? new Set()).add(page.file));
  }
});
const articles = [BUNDLED_ARTICLE, ...added];
const entities = mergedEntities(articles);
const bundledIds = new Set<string>(ENTITIES.map((entity) => entity.id));
const byId = new Map(entities.map((entity) => [entity.id, entity]));
const sourceOf = new Map<string, string>();
for (const article of added) {
  for (const entity of article.entities) {
    if (!sourceOf.has(entity.id)) sourceOf.set(entity.id, article.title);
  }
}
const matcher = matcherFromData(
  storedMatcherData(compileStoredMatcher(new Set(['person']), pageEntities(entities))),
);

interface Hit {
  page: string;
  /** Whether the page is not the one of an article the person comes from. */
  elsewhere: boolean;
  entity: string;
  found: string;
  context: string;
}
const hits: Hit[] = [];
let bundledHits = 0;
for (const { file } of labels.pages) {
  const html = readFileSync(path.join(corpus, 'pages', file), 'utf8');
  let pageHits = 0;
  for (const text of blockTexts(html)) {
    for (const mention of findMentions(matcher, text)) {
      // The bundled article's people are scored by the corpus run (npm run test:corpus).
      if (bundledIds.has(mention.entityId)) {
        bundledHits++;
        continue;
      }
      pageHits++;
      const entity = byId.get(mention.entityId);
      hits.push({
        page: file,
        elsewhere: !pagesOf.get(mention.entityId)?.has(file),
        entity: `${entity?.name} (${entity?.role || 'no role'}; from “${sourceOf.get(mention.entityId) ?? 'the bundled article'}”)`,
        found: text.slice(mention.start, mention.end),
        context: text
          .slice(Math.max(0, mention.start - 90), mention.end + 90)
          .replace(/\s+/g, ' ')
          .trim(),
      });
    }
  }
  console.log(`${file}: ${pageHits} library highlights`);
}
const people = new Set(hits.map((hit) => hit.entity)).size;
const elsewhere = hits.filter((hit) => hit.elsewhere).length;
console.log(
  `\n${added.length} articles added (${entities.length - ENTITIES.length} names beyond the bundled ones, all kinds); ` +
    `${hits.length} highlights of ${people} library people on ${labels.pages.length} pages, ${elsewhere} of them on a page other than their articles'; ` +
    `${bundledHits} of the bundled article's people (scored by npm run test:corpus)`,
);
const pool = [...hits];
const sample: Hit[] = [];
while (sample.length < size && pool.length > 0) {
  sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as Hit);
}
console.log(`\nSample of ${sample.length} (seed ${args.seed ?? 14}):`);
sample.forEach((hit, n) => {
  const where = hit.elsewhere ? 'another page' : 'its own page';
  console.log(
    `${n + 1}. [${hit.found}] → ${hit.entity} — ${hit.page} (${where})\n   …${hit.context}…`,
  );
});
