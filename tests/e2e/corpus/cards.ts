import { sleep } from '../harness/sleep';
import { pointOfRange, readCard } from './in-page';
import { peopleOn } from './labels';
import type { LoadedPage } from './run-page';
import type { CorpusTab } from './tab';

const OPEN_TIMEOUT_MS = 3000;
const CLOSE_TIMEOUT_MS = 2000;

/** The outcome of hovering one person's first visible highlight on a page. */
export interface CardCheck {
  file: string;
  surname: string;
  /** Empty when the check passed. */
  problem: string;
  /** What the card showed: `name — role`. */
  shown: string;
}

type Card = Awaited<ReturnType<typeof readCard>>;

async function pollCard(tab: CorpusTab, want: 'open' | 'closed', timeoutMs: number): Promise<Card> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const card = await tab.evaluate(readCard, undefined);
    if ((card !== null) === (want === 'open') || Date.now() > until) return card;
    await sleep(50);
  }
}

/** Hovers the first highlighted visible target mention of `surname`; checks the card and Escape. */
async function checkCard(tab: CorpusTab, page: LoadedPage, surname: string, fullName: string) {
  const mention = page.labels.mentions.find(
    (m) =>
      m.surname === surname &&
      m.label === 'target' &&
      m.visible &&
      page.ranges.some((r) => r.start < m.global_offset + m.text.length && m.global_offset < r.end),
  );
  const range =
    mention &&
    page.ranges.find(
      (r) => r.start < mention.global_offset + mention.text.length && mention.global_offset < r.end,
    );
  if (!range)
    return { problem: `no highlighted visible mention of ${surname} to hover`, shown: '' };
  const point = await tab.evaluate(pointOfRange, { name: range.name, index: range.index });
  if (!point) return { problem: `the ${surname} highlight has no box on screen`, shown: '' };
  if (point.covered) {
    return {
      problem: `the ${surname} highlight is covered by <${point.over}> at its centre`,
      shown: '',
    };
  }
  await tab.mouseMove(1, 1);
  await tab.mouseMove(point.x, point.y);
  const card = await pollCard(tab, 'open', OPEN_TIMEOUT_MS);
  if (!card) {
    return {
      problem: `no card within ${OPEN_TIMEOUT_MS} ms of hovering "${point.text}"`,
      shown: '',
    };
  }
  const shown = `${card.heading} — ${card.roleText}`;
  const wrong: string[] = [];
  if (card.role !== 'dialog') wrong.push(`role=${card.role}`);
  if (!card.visible) wrong.push('the card is not visible');
  if (!card.heading.includes(surname)) wrong.push(`heading "${card.heading}", wanted ${fullName}`);
  if (card.name !== card.heading) wrong.push(`accessible name "${card.name}" ≠ heading`);
  if (!card.roleText) wrong.push('no role shown');
  await tab.press('Escape');
  const after = await pollCard(tab, 'closed', CLOSE_TIMEOUT_MS);
  if (after) wrong.push(`still open ${CLOSE_TIMEOUT_MS} ms after Escape`);
  await tab.mouseMove(1, 1);
  return { problem: wrong.join('; '), shown };
}

/** Card checks for every person named on a loaded page (never throws: failures are results). */
export async function checkCards(
  tab: CorpusTab,
  page: LoadedPage,
  people: Record<string, string>,
): Promise<CardCheck[]> {
  const checks: CardCheck[] = [];
  for (const surname of peopleOn(page.labels, people)) {
    const fullName = people[surname] ?? surname;
    const result = await checkCard(tab, page, surname, fullName).catch((error: unknown) => ({
      problem: String(error).split('\n')[0] ?? 'error',
      shown: '',
    }));
    checks.push({ file: page.labels.file, surname, ...result });
  }
  return checks;
}
