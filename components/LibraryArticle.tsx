/**
 * A saved article: its text with the annotations marked, and each annotation with the researcher's
 * controls (confirm, correct, reject; a note and tags). Selecting a passage adds a note or a missed
 * claim. The machine's output is shown beside a correction, never overwritten.
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { isPlacedIn } from '@/lib/export/merge';
import { effective, type AttributionData, type SavedAnnotation, type SavedArticle } from '@/lib/library/types';
import { sourceTypeLabel } from '@/lib/format/source-types';
import type { SourceType } from '@/lib/nlp/types';

export interface LibraryArticleProps {
  article: SavedArticle;
  onAnnotate: (annotation: SavedAnnotation) => void;
  onNew: (passage: { start: number; end: number }, note: string, tags: string[], claim: AttributionData | null) => void;
  onDelete: () => void;
  onBack: () => void;
}

const SOURCE_TYPES: SourceType[] = ['named-person', 'anonymous', 'institution', 'media', 'document', 'other'];

// Functions: a message is read when shown (and each key stays a literal that tests/unit/i18n can check).
const VERDICT: Record<SavedAnnotation['verdict'], () => string> = {
  unreviewed: () => i18n.t('verdict.unreviewed'),
  confirmed: () => i18n.t('verdict.confirmed'),
  corrected: () => i18n.t('verdict.corrected'),
  rejected: () => i18n.t('verdict.rejected'),
  added: () => i18n.t('verdict.added'),
};

/** The text cut at annotation bounds: plain runs and marked runs (the first annotation wins an overlap). */
function segments(text: string, annotations: SavedAnnotation[]) {
  const spans = annotations
    .filter((a) => a.verdict !== 'rejected' && isPlacedIn(text, a))
    .sort((a, b) => a.selector.position.start - b.selector.position.start);
  const out: Array<{ text: string; annotation: SavedAnnotation | null }> = [];
  let at = 0;
  for (const a of spans) {
    const { start, end } = a.selector.position;
    if (start < at) continue;
    if (start > at) out.push({ text: text.slice(at, start), annotation: null });
    out.push({ text: text.slice(start, end), annotation: a });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), annotation: null });
  return out;
}

function Correction({ annotation, onDone }: { annotation: SavedAnnotation; onDone: (data: AttributionData) => void }) {
  const base = effective(annotation) ?? annotation.machine!;
  const [speaker, setSpeaker] = useState(base.speaker ?? '');
  const [sourceType, setSourceType] = useState<SourceType>(base.sourceType);
  const [role, setRole] = useState(base.role ?? '');
  return (
    <form
      class="lib-form"
      data-testid="correction-form"
      onSubmit={(e) => (e.preventDefault(), onDone({ ...base, speaker: speaker.trim() || null, sourceType, role: role.trim() || null }))}
    >
      <label>
        {i18n.t('annotation.speaker')}{' '}
        <input data-testid="correct-speaker" value={speaker} onInput={(e) => setSpeaker((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {i18n.t('annotation.role')} <input value={role} onInput={(e) => setRole((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {i18n.t('library.filterSourceType')}{' '}
        <select value={sourceType} onChange={(e) => setSourceType((e.target as HTMLSelectElement).value as SourceType)}>
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {sourceTypeLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="correct-save">
        {i18n.t('annotation.saveCorrection')}
      </button>
    </form>
  );
}

function AnnotationRow({
  annotation,
  placed,
  onAnnotate,
}: {
  annotation: SavedAnnotation;
  placed: boolean;
  onAnnotate: LibraryArticleProps['onAnnotate'];
}) {
  const [correcting, setCorrecting] = useState(false);
  const [note, setNote] = useState(annotation.note);
  const data = effective(annotation);
  const now = () => new Date().toISOString();
  const verdict = (v: SavedAnnotation['verdict'], correction: AttributionData | null = annotation.correction) =>
    onAnnotate({ ...annotation, verdict: v, correction, modified: now() });
  return (
    <li class={`lib-ann lib-ann--${annotation.verdict}`} data-testid="annotation" id={annotation.id}>
      <p class="lib-ann__what">
        <strong>
          {data?.speaker ??
            annotation.machine?.speaker ??
            (annotation.type === 'highlight' ? i18n.t('annotation.note') : i18n.t('annotation.unknownSource'))}
        </strong>
        {data ? ` ${data.cue}: ${data.direct ? `“${data.content}”` : data.content}` : ` “${annotation.selector.quote.exact}”`}{' '}
        <span class="lib-ann__verdict" data-testid="verdict">
          {VERDICT[annotation.verdict]()}
        </span>
        {placed ? null : (
          <span class="lib-ann__unplaced" data-testid="not-placed" title={i18n.t('annotation.notPlacedWhy')}>
            {' '}
            {i18n.t('annotation.notPlaced')}
          </span>
        )}
      </p>
      {annotation.verdict === 'corrected' && annotation.machine ? (
        <p class="lib-ann__machine">
          {i18n.t('annotation.machine', [annotation.machine.speaker ?? i18n.t('annotation.noSpeaker'), annotation.machine.sourceType])}
        </p>
      ) : null}
      {annotation.type === 'attribution' ? (
        <p class="lib-ann__buttons">
          <button type="button" onClick={() => verdict('confirmed')}>
            {i18n.t('annotation.confirm')}
          </button>
          <button type="button" data-testid="correct" onClick={() => setCorrecting(!correcting)}>
            {i18n.t('annotation.correct')}
          </button>
          <button type="button" onClick={() => verdict(annotation.verdict === 'rejected' ? 'unreviewed' : 'rejected')}>
            {annotation.verdict === 'rejected' ? i18n.t('annotation.restore') : i18n.t('annotation.reject')}
          </button>
        </p>
      ) : null}
      {correcting ? (
        <Correction
          annotation={annotation}
          onDone={(c) => {
            setCorrecting(false);
            verdict(annotation.machine ? 'corrected' : 'added', c);
          }}
        />
      ) : null}
      <label class="lib-ann__note">
        {i18n.t('annotation.note')}{' '}
        <input
          value={note}
          onInput={(e) => setNote((e.target as HTMLInputElement).value)}
          onBlur={() => note !== annotation.note && onAnnotate({ ...annotation, note, modified: now() })}
        />
      </label>
    </li>
  );
}

export function LibraryArticle({ article, onAnnotate, onNew, onDelete, onBack }: LibraryArticleProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<{ start: number; end: number } | null>(null);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [speaker, setSpeaker] = useState('');
  const pick = () => {
    const sel = document.getSelection();
    const root = textRef.current;
    if (!sel || sel.isCollapsed || !root || !root.contains(sel.anchorNode)) return;
    const range = sel.getRangeAt(0);
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    setPassage({ start, end: start + range.toString().length });
  };
  const add = (asClaim: boolean) => {
    if (!passage) return;
    const content = article.text.slice(passage.start, passage.end);
    const claim: AttributionData | null = asClaim
      ? {
          speaker: speaker.trim() || null,
          source: speaker.trim() || null,
          sourceType: 'named-person',
          cue: '',
          content,
          direct: false,
          role: null,
        }
      : null;
    onNew(
      passage,
      note,
      tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      claim,
    );
    setPassage(null);
    setNote('');
    setTags('');
    setSpeaker('');
  };
  const unplaced = article.annotations.filter((a) => !isPlacedIn(article.text, a)).length;
  return (
    <article class="lib-article" data-testid="library-article">
      <p>
        <button type="button" onClick={onBack}>
          {i18n.t('library.back')}
        </button>{' '}
        <button
          type="button"
          data-testid="delete"
          onClick={() => confirm(i18n.t('library.deleteConfirm', [article.title ?? article.url])) && onDelete()}
        >
          {i18n.t('library.delete')}
        </button>
      </p>
      <h2>{article.title ?? article.url}</h2>
      <p class="muted">
        {article.outletName ?? article.outlet} · {(article.publishedAt ?? '').slice(0, 10) || i18n.t('date.undated')} ·{' '}
        <a href={article.url} target="_blank" rel="noreferrer">
          {article.url}
        </a>
      </p>
      {article.text ? (
        <div class="lib-text" ref={textRef} onMouseUp={pick} data-testid="library-text">
          {segments(article.text, article.annotations).map((s, i) =>
            s.annotation ? (
              <mark
                key={i}
                class={`lib-mark lib-mark--${s.annotation.verdict}`}
                title={s.annotation.note || effective(s.annotation)?.speaker || ''}
              >
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </div>
      ) : (
        <p class="muted">{i18n.t('library.noText')}</p>
      )}
      {passage ? (
        <form class="lib-form" data-testid="new-annotation" onSubmit={(e) => (e.preventDefault(), add(false))}>
          <p>“{article.text.slice(passage.start, passage.end).slice(0, 200)}”</p>
          <label>
            {i18n.t('annotation.note')}{' '}
            <input data-testid="new-note" value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            {i18n.t('annotation.tags')}{' '}
            <input
              data-testid="new-tags"
              placeholder={i18n.t('annotation.tagsPlaceholder')}
              value={tags}
              onInput={(e) => setTags((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" data-testid="add-note">
            {i18n.t('annotation.addNote')}
          </button>{' '}
          <label>
            {i18n.t('annotation.missedBy')} <input value={speaker} onInput={(e) => setSpeaker((e.target as HTMLInputElement).value)} />
          </label>
          <button type="button" onClick={() => add(true)}>
            {i18n.t('annotation.addClaim')}
          </button>
        </form>
      ) : (
        <p class="muted">{i18n.t('library.selectHint')}</p>
      )}
      <h3>{i18n.t('library.annotations', [article.annotations.length])}</h3>
      {unplaced ? (
        <p class="muted" data-testid="not-placed-count">
          {i18n.t('library.unplaced', unplaced)}
        </p>
      ) : null}
      <ol class="lib-anns">
        {article.annotations.map((a) => (
          <AnnotationRow key={a.id} annotation={a} placed={isPlacedIn(article.text, a)} onAnnotate={onAnnotate} />
        ))}
      </ol>
    </article>
  );
}
