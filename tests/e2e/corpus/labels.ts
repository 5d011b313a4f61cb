import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../harness/browser';

/** One hand-labelled surname occurrence (see the corpus README). */
export interface LabelledMention {
  surname: string;
  text: string;
  global_offset: number;
  visible: boolean;
  label: 'target' | 'other';
  reason?: string;
  context: string;
}

/** The labels of one corpus page. */
export interface PageLabels {
  file: string;
  charset: string;
  bytes: number;
  walk: { node_count: number; text_length: number };
  mentions: LabelledMention[];
}

/** `labels.json`, as far as the corpus test reads it. */
export interface CorpusLabels {
  /** Surname → the article person's full name. */
  people: Record<string, string>;
  places_orgs: string[];
  pages: PageLabels[];
}

/** The corpus: where its pages are and what they are labelled with. */
export interface Corpus {
  pagesDir: string;
  labels: CorpusLabels;
}

/** The corpus folder: `BACKSTORY_CORPUS`, else `../shared/corpus` from the project root. */
export function corpusDir(): string {
  return path.resolve(ROOT, process.env.BACKSTORY_CORPUS ?? '../shared/corpus');
}

/** Reads `labels.json`; throws a message saying what is needed when the corpus is missing. */
export async function loadCorpus(dir = corpusDir()): Promise<Corpus> {
  const pagesDir = path.join(dir, 'pages');
  const labelsFile = path.join(dir, 'labels.json');
  const missing = [pagesDir, labelsFile].filter((p) => !existsSync(p));
  if (missing.length) {
    throw new Error(
      `The corpus test needs the real-page corpus (a folder with pages/ and labels.json), but ` +
        `${missing.join(' and ')} ${missing.length > 1 ? 'do' : 'does'} not exist. Set ` +
        `BACKSTORY_CORPUS to that folder (default: ../shared/corpus from the project root). ` +
        `Its pages are third-party copies: never copy them into the project.`,
    );
  }
  const labels = JSON.parse(await readFile(labelsFile, 'utf8')) as CorpusLabels;
  const absent = labels.pages.filter((p) => !existsSync(path.join(pagesDir, p.file)));
  if (absent.length) {
    throw new Error(
      `labels.json names pages missing from ${pagesDir}: ${absent.map((p) => p.file)}`,
    );
  }
  return { pagesDir, labels };
}

/** Surnames with a visible `target` mention on a page, in the order of `people`. */
export function peopleOn(page: PageLabels, people: Record<string, string>): string[] {
  const seen = new Set(page.mentions.filter((m) => m.visible && m.label === 'target'));
  return Object.keys(people).filter((s) => [...seen].some((m) => m.surname === s));
}

/**
 * Pages for the card checks: the one naming the most people, then (if some are still missing)
 * the one adding the most of the rest; always at least two pages when two name anybody.
 */
export function cardPages(labels: CorpusLabels): PageLabels[] {
  const chosen: PageLabels[] = [];
  const covered = new Set<string>();
  const all = Object.keys(labels.people);
  while (covered.size < all.length && chosen.length < all.length) {
    let best: PageLabels | undefined;
    let bestGain = -1;
    for (const page of labels.pages) {
      if (chosen.includes(page)) continue;
      const names = peopleOn(page, labels.people);
      const gain = names.filter((s) => !covered.has(s)).length * 100 + names.length;
      if (names.length && gain > bestGain) [best, bestGain] = [page, gain];
    }
    if (!best || (bestGain < 100 && chosen.length >= 2)) break;
    chosen.push(best);
    for (const s of peopleOn(best, labels.people)) covered.add(s);
  }
  return chosen;
}
