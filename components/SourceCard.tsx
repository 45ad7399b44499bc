/** The hover card of a person and the card of a claim. Props in, callbacks out; page text is rendered as text. */
import { i18n } from '#i18n';
import type { ClaimCardModel, PersonCardModel } from '@/lib/overlay/card-model';
import { sourceTypeLabel } from '@/lib/format/source-types';
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
      aria-label={model.type === 'person' ? model.name : i18n.t('card.claimBy', [model.speaker])}
      data-testid="card"
    >
      <button class="card__close" type="button" aria-label={i18n.t('card.close')} onClick={onClose}>
        ×
      </button>
      {model.type === 'person' ? (
        <PersonBody model={model} onJump={onJump} background={background} onLookUp={onLookUp} onAllow={onAllow} />
      ) : (
        <ClaimBody model={model} />
      )}
      <p class="card__foot">
        {onSave ? (
          <button type="button" class="card__save" data-testid="card-save" onClick={onSave} disabled={saveStatus === i18n.t('save.saving')}>
            {i18n.t('card.save')}
          </button>
        ) : null}
        {saveStatus ? <span role="status"> {saveStatus} · </span> : ' '}
        {i18n.t('card.foot')}
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
        {model.official ? <span class="card__badge">{i18n.t('card.official')}</span> : null}
      </p>
      <h2 class="card__name" data-testid="card-name">
        {model.name}
      </h2>
      {model.role || model.person ? (
        <p class="card__role" data-testid="card-role">
          {model.role ?? i18n.t('card.noRole')}
        </p>
      ) : null}
      {reply?.status === 'found' ? <RoleCheckLine check={reply.roleCheck} /> : null}
      <p class="card__meta">{i18n.t('card.mentions', model.mentions)}</p>
      <h3 class="card__section">{model.claims.length ? i18n.t('card.said') : i18n.t('card.saidNothing')}</h3>
      <ol class="card__claims" data-testid="card-claims">
        {model.claims.map((c) => (
          <li key={c.index}>
            <button type="button" class="card__claim" onClick={() => onJump(c.index)}>
              <span class="card__cue">{c.cue}</span> {c.direct ? `“${clip(c.content)}”` : clip(c.content)}
              {c.relay ? <span class="card__relay"> {i18n.t('card.via', [c.relay])}</span> : null}
            </button>
          </li>
        ))}
      </ol>
      {background ? (
        <>
          <h3 class="card__section">{i18n.t('card.whoTheyAre')}</h3>
          <PersonBackground name={model.name} background={background} onLookUp={onLookUp} onAllow={onAllow} />
        </>
      ) : null}
    </>
  );
}

function ClaimBody({ model }: { model: ClaimCardModel }) {
  return (
    <>
      <p class="card__kind">{model.direct ? i18n.t('card.directQuote') : i18n.t('card.reportedClaim')}</p>
      <h2 class="card__name">{model.speaker}</h2>
      <dl class="card__facts">
        <dt>{i18n.t('card.source')}</dt>
        <dd>{i18n.t('card.sourceOfType', [model.source ?? model.speaker, sourceTypeLabel(model.sourceType)])}</dd>
        <dt>{i18n.t('card.cue')}</dt>
        <dd>{model.cue}</dd>
        {model.chain.length > 1 ? (
          <>
            <dt>{i18n.t('card.chain')}</dt>
            <dd data-testid="card-chain">{model.chain.join(' → ')}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
