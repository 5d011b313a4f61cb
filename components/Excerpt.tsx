/** Props of {@link Excerpt}. */
export interface ExcerptProps {
  /** One sentence of the article, shown verbatim. */
  text: string;
  /** `[start, end)` spans of `text` to emphasise: the entity's name. */
  marks: readonly (readonly [number, number])[];
}

/** An article sentence with the entity's name emphasised; always rendered as text, never HTML. */
export function Excerpt({ text, marks }: ExcerptProps) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
