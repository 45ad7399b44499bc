/** The hover card of a person and the card of a claim. Props in, callbacks out; page text is rendered as text. */
import type { ClaimCardModel, PersonCardModel } from '@/lib/overlay/card-model';
import { SOURCE_TYPE_LABEL } from '@/lib/format/source-types';
import { PersonBackground, RoleCheckLine, type BackgroundState } from './PersonBackground';

export interface SourceCardProps {
  model: PersonCardModel | ClaimCardModel;
  onJump: (claimIndex: number) => void;
  onClose: () => void;
  /** Who the person is (people only; absent where lookups are not wired, e.g. tests). */
  background?: BackgroundState;
  onLookUp?: () => void;
  onAllow?: () => void;
  /** Saves the article to the research library. */
  onSave?: () => void;
  saveStatus?: string;
}

const clip = (s: string, n = 220) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function SourceCard({
  model,
  onJump,
  onClose,
  background,
  onLookUp = () => {},
  onAllow = () => {},
  onSave,
  saveStatus,
}: SourceCardProps) {
  return (
    <div
      class="card"
      tabIndex={-1}
      role="dialog"
      aria-label={model.type === 'person' ? model.name : `Claim by ${model.speaker}`}
      data-testid="card"
    >
      <button class="card__close" type="button" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {model.type === 'person' ? (
        <PersonBody model={model} onJump={onJump} background={background} onLookUp={onLookUp} onAllow={onAllow} />
      ) : (
        <ClaimBody model={model} />
      )}
      <p class="card__foot">
        {onSave ? (
          <button type="button" class="card__save" data-testid="card-save" onClick={onSave} disabled={saveStatus === 'Saving…'}>
            Save article
          </button>
        ) : null}
        {saveStatus ? <span role="status"> {saveStatus} · </span> : ' '}
        Sourcelight · the article's words worked out in your browser
      </p>
    </div>
  );
}

interface PersonBodyProps {
  model: PersonCardModel;
  onJump: (i: number) => void;
  background: BackgroundState | undefined;
  onLookUp: () => void;
  onAllow: () => void;
}

function PersonBody({ model, onJump, background, onLookUp, onAllow }: PersonBodyProps) {
  const reply = background?.state === 'done' ? background.reply : null;
  return (
    <>
      <p class="card__kind">
        {model.kind}
        {model.official ? <span class="card__badge">official</span> : null}
      </p>
      <h2 class="card__name" data-testid="card-name">
        {model.name}
      </h2>
      {model.role || model.kind === 'Person' ? (
        <p class="card__role" data-testid="card-role">
          {model.role ?? 'No role stated in this article'}
        </p>
      ) : null}
      {reply?.status === 'found' ? <RoleCheckLine check={reply.roleCheck} /> : null}
      <p class="card__meta">
        Mentioned {model.mentions} {model.mentions === 1 ? 'time' : 'times'} in this article
      </p>
      <h3 class="card__section">{model.claims.length ? 'What they said here' : 'No claim attributed to them here'}</h3>
      <ol class="card__claims" data-testid="card-claims">
        {model.claims.map((c) => (
          <li key={c.index}>
            <button type="button" class="card__claim" onClick={() => onJump(c.index)}>
              <span class="card__cue">{c.cue}</span> {c.direct ? `“${clip(c.content)}”` : clip(c.content)}
              {c.relay ? <span class="card__relay"> (via {c.relay})</span> : null}
            </button>
          </li>
        ))}
      </ol>
      {background ? (
        <>
          <h3 class="card__section">Who they are</h3>
          <PersonBackground name={model.name} background={background} onLookUp={onLookUp} onAllow={onAllow} />
        </>
      ) : null}
    </>
  );
}

function ClaimBody({ model }: { model: ClaimCardModel }) {
  return (
    <>
      <p class="card__kind">{model.direct ? 'Direct quote' : 'Reported claim'}</p>
      <h2 class="card__name">{model.speaker}</h2>
      <dl class="card__facts">
        <dt>Source</dt>
        <dd>
          {model.source ?? model.speaker} ({SOURCE_TYPE_LABEL[model.sourceType]})
        </dd>
        <dt>Cue</dt>
        <dd>{model.cue}</dd>
        {model.chain.length > 1 ? (
          <>
            <dt>Chain</dt>
            <dd data-testid="card-chain">{model.chain.join(' → ')}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
