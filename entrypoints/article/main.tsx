import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleView, EntityIndex } from '../../components/ArticleView';
import { HoverCard } from '../../components/HoverCard';
import { articleSentenceViews, sentenceFromHash } from '../../lib/article-view';
import { ARTICLE_META, allEntities, cardDataFor } from '../../lib/knowledge';
import '../../components/card.css';
import './style.css';

const sentences = articleSentenceViews();

function ArticlePage() {
  const [target, setTarget] = useState(() => sentenceFromHash(location.hash));
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const onHash = () => setTarget(sentenceFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (target !== null)
      document.getElementById(`s-${target}`)?.scrollIntoView({ block: 'center' });
  }, [target]);
  return (
    <div class="layout">
      <main>
        <ArticleView
          {...ARTICLE_META}
          sentences={sentences}
          targetSentence={target}
          onSelectEntity={setSelected}
        />
      </main>
      <aside>
        <EntityIndex entities={allEntities()} selected={selected} onSelectEntity={setSelected} />
        {selected && (
          <HoverCard
            entityId={selected}
            contentOf={cardDataFor}
            article={ARTICLE_META}
            articleHref={(i) => `#s-${i}`}
            onClose={() => setSelected(null)}
          />
        )}
      </aside>
    </div>
  );
}

render(<ArticlePage />, document.getElementById('app') as HTMLElement);
