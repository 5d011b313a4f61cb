import { ENTITY_FILES } from '../../data/entities';
import {
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  FORM_LANGUAGES,
  type FormLanguage,
} from '../../data/types';
import { findArticleMentions, sentencesMentioning } from './article-mentions';
import { compileMatcher } from './compile-matcher';
import { formCollisions } from './form-collisions';
import type { ArticleSentence } from './sentences';

const FIELDS = new Set([
  'id',
  'name',
  'kind',
  'aliases',
  'articleAliases',
  'role',
  'background',
  'notAfter',
  'notBefore',
  'forms',
]);
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Words of letters, digits, marks, apostrophes and periods, joined by single spaces or hyphens.
const ALIAS_WORD = "[\\p{L}\\p{M}\\p{N}'’.]*[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.]*";
const ALIAS = new RegExp(`^${ALIAS_WORD}(?:[ -]${ALIAS_WORD})*$`, 'u');
const MAX_BACKGROUND = 3;

type Report = (field: string, message: string) => void;

/** Every problem in the entity data, each naming the entity and the field; empty when all is well. */
export function validateEntities(
  entities: readonly unknown[],
  sentences: readonly ArticleSentence[],
): string[] {
  const problems: string[] = [];
  const wellFormed: Entity[] = [];
  const idOwners = new Set<string>();
  const aliasOwners = new Map<string, string>();
  entities.forEach((value, position) => {
    const label = labelOf(value, position);
    const before = problems.length;
    const report: Report = (field, message) =>
      problems.push(`entity ${label}: field "${field}": ${message}`);
    if (!isRecord(value)) {
      problems.push(`entity ${label}: is not an object`);
      return;
    }
    checkFields(value, report, sentences.length);
    if (typeof value.id === 'string') {
      if (idOwners.has(value.id)) report('id', `id "${value.id}" is used by another entity`);
      idOwners.add(value.id);
    }
    checkAliasOwners(value, label, aliasOwners, report);
    if (problems.length === before) wellFormed.push(value as unknown as Entity);
  });
  problems.push(...checkAgainstArticle(wellFormed, sentences));
  problems.push(...formCollisions(wellFormed, fileOf));
  return problems;
}

/** The file to change for a problem in `field` of `entity`. */
function fileOf(entity: Entity, field: string): string {
  const files = ENTITY_FILES[entity.kind];
  return field.startsWith('forms') ? files.forms : files.entities;
}

/** Throws an error listing every problem in the entity data, naming each entity and field. */
export function assertValidEntities(
  entities: readonly unknown[],
  sentences: readonly ArticleSentence[],
): asserts entities is readonly Entity[] {
  const problems = validateEntities(entities, sentences);
  if (problems.length > 0) {
    throw new Error(`Invalid entity data (${problems.length}):\n- ${problems.join('\n- ')}`);
  }
}

function labelOf(value: unknown, position: number): string {
  const id = isRecord(value) ? value.id : undefined;
  return typeof id === 'string' && id !== '' ? JSON.stringify(id) : `#${position}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkFields(entity: Record<string, unknown>, report: Report, sentenceCount: number): void {
  for (const field of Object.keys(entity)) {
    if (!FIELDS.has(field)) report(field, 'is not a known field');
  }
  if (!isNonEmptyString(entity.id)) report('id', 'must be a non-empty string');
  else if (!KEBAB_CASE.test(entity.id)) report('id', `"${entity.id}" is not kebab-case`);
  if (!isNonEmptyString(entity.name)) report('name', 'must be a non-empty string');
  if (!ENTITY_KINDS.includes(entity.kind as EntityKind)) {
    report('kind', `must be one of ${ENTITY_KINDS.join(', ')}, not ${JSON.stringify(entity.kind)}`);
  }
  if (!isNonEmptyString(entity.role)) report('role', 'must be a non-empty string');
  checkStrings(entity, 'aliases', report, { required: true, alias: true });
  checkStrings(entity, 'articleAliases', report, { required: false, alias: true });
  checkStrings(entity, 'notAfter', report, { required: false, alias: false });
  checkStrings(entity, 'notBefore', report, { required: false, alias: false });
  checkBackground(entity.background, report, sentenceCount);
  checkForms(entity.forms, report);
}

function checkForms(forms: unknown, report: Report): void {
  if (forms === undefined) return;
  if (!Array.isArray(forms)) {
    report('forms', 'must be a list of form sets');
    return;
  }
  forms.forEach((set: unknown, i) => {
    const field = `forms[${i}]`;
    if (!isRecord(set) || !FORM_LANGUAGES.includes(set.lang as FormLanguage)) {
      report(field, `must have a "lang" of ${FORM_LANGUAGES.join(', ')}`);
      return;
    }
    checkStrings(set, 'names', report, { required: true, alias: true }, field);
  });
}

function checkStrings(
  entity: Record<string, unknown>,
  key: 'aliases' | 'articleAliases' | 'notAfter' | 'notBefore' | 'names',
  report: Report,
  { required, alias }: { required: boolean; alias: boolean },
  within?: string,
): void {
  const field = within ? `${within}.${key}` : key;
  const list = entity[key];
  if (list === undefined && !required) return;
  if (!Array.isArray(list) || (required && list.length === 0)) {
    report(field, required ? 'must be a non-empty list of strings' : 'must be a list of strings');
    return;
  }
  for (const item of list) {
    if (!isNonEmptyString(item)) report(field, `${JSON.stringify(item)} is not a non-empty string`);
    else if (alias) checkAlias(item, field, report);
  }
}

function checkAlias(alias: string, field: string, report: Report): void {
  if (!ALIAS.test(alias)) {
    report(
      field,
      `alias "${alias}" can only hold letters, digits, marks, apostrophes and periods, in words joined by single spaces or hyphens`,
    );
    return;
  }
  try {
    compileMatcher([
      { entityId: 'alias-check', kind: 'person', alias, notAfter: [], notBefore: [] },
    ]);
  } catch (error) {
    const reason = String((error as Error).message).replace(/^entity "[^"]*": /, '');
    report(field, `alias "${alias}" is refused by the matcher (${reason})`);
  }
}

function checkBackground(background: unknown, report: Report, sentenceCount: number): void {
  if (!Array.isArray(background) || background.length === 0) {
    report('background', 'must be a non-empty list of sentences');
    return;
  }
  if (background.length > MAX_BACKGROUND) {
    report('background', `has ${background.length} sentences; keep it to ${MAX_BACKGROUND}`);
  }
  background.forEach((item: unknown, i) => {
    const field = `background[${i}]`;
    if (!isRecord(item)) {
      report(field, 'must be an object with "text" and "cites"');
      return;
    }
    if (!isNonEmptyString(item.text)) report(`${field}.text`, 'must be a non-empty string');
    if (!Array.isArray(item.cites) || item.cites.length === 0) {
      report(`${field}.cites`, 'must cite at least one sentence');
      return;
    }
    for (const cite of item.cites) {
      if (!Number.isInteger(cite) || cite < 0 || cite >= sentenceCount) {
        report(
          `${field}.cites`,
          `sentence ${JSON.stringify(cite)} is out of range (the article has sentences 0 to ${sentenceCount - 1})`,
        );
      }
    }
  });
}

function checkAliasOwners(
  entity: Record<string, unknown>,
  label: string,
  owners: Map<string, string>,
  report: Report,
): void {
  const own = new Set<string>();
  for (const field of ['aliases', 'articleAliases'] as const) {
    const list = entity[field];
    if (!Array.isArray(list)) continue;
    for (const alias of list) {
      if (typeof alias !== 'string') continue;
      // The matcher adds ALL-CAPS and Title Case variants and treats a hyphen like a space.
      const key = alias.toLowerCase().replace(/-/g, ' ');
      const owner = owners.get(key);
      if (own.has(key)) report(field, `alias "${alias}" is listed twice`);
      else if (owner !== undefined) report(field, `alias "${alias}" is also claimed by ${owner}`);
      else owners.set(key, label);
      own.add(key);
    }
  }
}

function checkAgainstArticle(
  entities: readonly Entity[],
  sentences: readonly ArticleSentence[],
): string[] {
  const problems: string[] = [];
  const excerpts = findArticleMentions(entities, sentences);
  for (const entity of entities) {
    const mentioning = sentencesMentioning(excerpts[entity.id]);
    const label = `entity "${entity.id}"`;
    if (mentioning.size === 0) {
      problems.push(`${label}: field "aliases": no alias or article alias occurs in the article`);
    }
    entity.background.forEach((sentence, i) => {
      for (const cite of sentence.cites) {
        if (!mentioning.has(cite)) {
          problems.push(
            `${label}: field "background[${i}].cites": sentence ${cite} does not mention the entity`,
          );
        }
      }
    });
  }
  return problems;
}
