import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleView, EntityIndex } from '../../components/ArticleView';
import { HoverCard } from '../../components/HoverCard';
import { articleSentenceViews, sentenceFromHash } from '../../lib/article-view';
import { articleKnowledge } from '../../lib/knowledge';
import { type Article, BUNDLED_ID } from '../../lib/library/article';
import { articleIdFromSearch } from '../../lib/library/article-link';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { openLibrary } from '../../lib/library/library-store';
import '../../components/card.css';
import './style.css';

/** Props of {@link ArticlePage}. */
interface ArticlePageProps {
  /** The article shown. */
  article: Article;
}

function ArticlePage({ article }: ArticlePageProps) {
  const knowledge = articleKnowledge(article);
  const [sentences] = useState(() => articleSentenceViews(article));
  const [target, setTarget] = useState(() => sentenceFromHash(location.hash, article));
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const onHash = () => setTarget(sentenceFromHash(location.hash, article));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [article]);
  useEffect(() => {
    if (target !== null)
      document.getElementById(`s-${target}`)?.scrollIntoView({ block: 'center' });
  }, [target]);
  return (
    <div class="layout">
      <main>
        <ArticleView
          {...knowledge.meta}
          sentences={sentences}
          targetSentence={target}
          onSelectEntity={setSelected}
        />
      </main>
      <aside>
        <EntityIndex
          entities={knowledge.entities}
          selected={selected}
          onSelectEntity={setSelected}
        />
        {selected && (
          <HoverCard
            entityId={selected}
            contentOf={knowledge.cardDataFor}
            article={knowledge.meta}
            articleHref={(i) => `#s-${i}`}
            onClose={() => setSelected(null)}
          />
        )}
      </aside>
    </div>
  );
}

const root = document.getElementById('app') as HTMLElement;
const articleId = articleIdFromSearch(location.search);
// The bundled article needs no database: links made before the library open it as they did.
if (articleId === BUNDLED_ID) {
  render(<ArticlePage article={BUNDLED_ARTICLE} />, root);
} else {
  openLibrary()
    .get(articleId)
    .catch(() => undefined)
    .then((entry) =>
      render(
        entry ? (
          <ArticlePage article={entry.article} />
        ) : (
          <p role="alert">This article is not in your library any more.</p>
        ),
        root,
      ),
    );
}
