/**
 * `npm run score:people -- [gold file]`: extracts the people of each article of people-gold.json
 * (default ../shared/corpus/people-gold.json, relative to the project root) and scores them by the
 * corpus README's rule. Prints each article, the first and second half of the file apart (the
 * pipeline was tuned on the first half only), the time for a 10,000-word text, and last
 * `overall: recall R precision P role A`.
 * Exits 1 when the file is missing or malformed, or when a score is under the bar.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../lib/library/extract-entities';
import { longArticleText } from '../lib/library/long-article';
import { type GoldArticle, GoldFormatError, parseGold } from '../lib/library/parse-gold';
import { type PeopleScore, scorePeople } from '../lib/library/score-people';

const BAR = { recall: 0.9, precision: 0.9, role: 0.8 };
/** The length of the long text timed after the articles (issue 14: a 10,000-word article). */
const LONG_WORDS = 10_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The gold articles, or exit 1 with a message naming the file and the field. */
function readGold(file: string): GoldArticle[] {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`score:people: cannot read the gold file ${file}: ${(error as Error).message}`);
    process.exit(1);
  }
  try {
    return parseGold(json);
  } catch (error) {
    if (!(error instanceof GoldFormatError)) throw error;
    console.error(`score:people: ${file} is not a people-gold file: ${error.message}`);
    process.exit(1);
  }
}

/** `part ÷ whole` with three decimals; 1 when there is nothing to count. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Recall, precision and role accuracy of summed scores. */
function totals(scores: readonly PeopleScore[]): {
  recall: number;
  precision: number;
  role: number;
} {
  const sum = (key: 'paired' | 'gold' | 'extracted' | 'withRole' | 'rightRoles') =>
    scores.reduce((total, score) => total + score[key], 0);
  return {
    recall: ratio(sum('paired'), sum('gold')),
    precision: ratio(sum('paired'), sum('extracted')),
    role: ratio(sum('rightRoles'), sum('withRole')),
  };
}

/** One line of the three fractions. */
function describe(label: string, scores: readonly PeopleScore[]): string {
  const { recall, precision, role } = totals(scores);
  return `${label}: recall ${recall.toFixed(3)} precision ${precision.toFixed(3)} role ${role.toFixed(3)}`;
}

const file = path.resolve(ROOT, process.argv[2] ?? '../shared/corpus/people-gold.json');
const articles = readGold(file);
const scores: PeopleScore[] = [];
const times: number[] = [];
for (const article of articles) {
  const started = performance.now();
  const { people } = extractEntities(article.title, article.text);
  const ms = performance.now() - started;
  const score = scorePeople(people, article);
  scores.push(score);
  times.push(ms);
  const words = article.text.split(/\s+/).length;
  console.log(`\n${article.file} (${words} words, ${ms.toFixed(1)} ms)`);
  console.log(
    `  recall ${score.paired}/${score.gold}  precision ${score.paired}/${score.extracted}  role ${score.rightRoles}/${score.withRole}`,
  );
  if (score.missed.length > 0) console.log(`  missed: ${score.missed.join('; ')}`);
  if (score.falsePositives.length > 0) {
    console.log(`  false positives: ${score.falsePositives.join('; ')}`);
  }
  for (const wrong of score.wrongRoles) {
    console.log(
      `  wrong role: ${wrong.name}: ${JSON.stringify(wrong.extracted)} for ${JSON.stringify(wrong.gold)}`,
    );
  }
}
const slowest = times.indexOf(Math.max(...times));
console.log(
  `\nslowest: ${articles[slowest]?.file} ${times[slowest]?.toFixed(1)} ms; all ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
);
const longText = longArticleText(
  articles.map((article) => article.text),
  LONG_WORDS,
);
const longStarted = performance.now();
extractEntities('A long article', longText);
console.log(
  `${LONG_WORDS}-word text (the gold texts run together): ${(performance.now() - longStarted).toFixed(1)} ms`,
);
const half = Math.ceil(scores.length / 2);
console.log(describe(`first half (${half} articles, tuned on)`, scores.slice(0, half)));
console.log(
  describe(`second half (${scores.length - half} articles, held out)`, scores.slice(half)),
);
console.log(describe('overall', scores));
const overall = totals(scores);
const under = (Object.keys(BAR) as (keyof typeof BAR)[]).filter((key) => overall[key] < BAR[key]);
if (under.length > 0) {
  console.error(
    `score:people: under the bar (${under.map((key) => `${key} < ${BAR[key]}`).join(', ')})`,
  );
  process.exit(1);
}
