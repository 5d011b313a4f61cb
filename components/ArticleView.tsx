import type { Entity, EntityKind } from '../data/types';
import { DEFAULT_COLORS, HIGHLIGHT_COLORS } from '../lib/colors';
import { ENTITY_KINDS, KINDS } from '../lib/kinds';

/** A sentence of the article with the names in it. */
export interface ArticleSentenceView {
  index: number;
  text: string;
  /** Whether a blank line comes before it in the article (a new paragraph). */
  startsParagraph: boolean;
  mentions: readonly { start: number; end: number; entityId: string; kind: EntityKind }[];
}

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  headline: string;
  dateline: string;
  year: number;
  sentences: readonly ArticleSentenceView[];
  /** The sentence the reader came to (`#s-N`), marked and scrolled to. */
  targetSentence: number | null;
  /** Called when a highlighted name is chosen. */
  onSelectEntity: (entityId: string) => void;
}

function SentenceText({
  sentence,
  onSelect,
}: {
  sentence: ArticleSentenceView;
  onSelect: (id: string) => void;
}) {
  const parts = [];
  let at = 0;
  for (const m of sentence.mentions) {
    if (m.start < at) continue;
    parts.push(sentence.text.slice(at, m.start));
    const paint = HIGHLIGHT_COLORS[DEFAULT_COLORS[m.kind]];
    parts.push(
      <button
        type="button"
        key={m.start}
        class="name"
        style={{ backgroundColor: paint.background, textDecorationColor: paint.line }}
        onClick={() => onSelect(m.entityId)}
      >
        {sentence.text.slice(m.start, m.end)}
      </button>,
    );
    at = m.end;
  }
  parts.push(sentence.text.slice(at));
  return <>{parts}</>;
}

/** The whole article with its names highlighted and every sentence addressable as `#s-N`. */
export function ArticleView(props: ArticleViewProps) {
  // The bundled article's text opens with its headline; an added article's text does not.
  const first = props.sentences[0];
  const headline = first && first.text.trim() === props.headline.trim() ? first : undefined;
  const body = headline ? props.sentences.slice(1) : props.sentences;
  const paragraphs: ArticleSentenceView[][] = [];
  for (const sentence of body) {
    const last = paragraphs[paragraphs.length - 1];
    if (!last || sentence.startsParagraph) paragraphs.push([sentence]);
    else last.push(sentence);
  }
  const sentenceProps = (s: ArticleSentenceView) => ({
    id: `s-${s.index}`,
    class: s.index === props.targetSentence ? 'sentence target' : 'sentence',
  });
  return (
    <article class="article" aria-labelledby={headline ? 's-0' : 'article-title'}>
      <p class="label">
        <span class="badge">{props.year ? `${props.year} article` : 'Undated article'}</span>{' '}
        {props.dateline}
      </p>
      {headline ? (
        <h1 {...sentenceProps(headline)}>
          <SentenceText sentence={headline} onSelect={props.onSelectEntity} />
        </h1>
      ) : (
        <h1 id="article-title">{props.headline}</h1>
      )}
      {paragraphs.map((paragraph) => (
        <p key={paragraph[0]?.index}>
          {paragraph.map((sentence) => (
            <span key={sentence.index} {...sentenceProps(sentence)}>
              <SentenceText sentence={sentence} onSelect={props.onSelectEntity} />{' '}
            </span>
          ))}
        </p>
      ))}
    </article>
  );
}

/** Props of {@link EntityIndex}. */
export interface EntityIndexProps {
  entities: readonly Entity[];
  selected: string | null;
  onSelectEntity: (entityId: string) => void;
}

/** Everyone and everything the article names, grouped by kind. */
export function EntityIndex({ entities, selected, onSelectEntity }: EntityIndexProps) {
  return (
    <nav class="index" aria-label="Names in the article">
      {ENTITY_KINDS.map((kind) => (
        <section key={kind}>
          <h2>{KINDS[kind].plural}</h2>
          <ul>
            {entities
              .filter((e) => e.kind === kind)
              .map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    aria-pressed={selected === e.id}
                    onClick={() => onSelectEntity(e.id)}
                  >
                    {e.name}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
