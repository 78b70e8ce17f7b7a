import type { Platform } from '../../../src/modules/sosial/platform.ts';
import {
  facebookPostTypes,
  instagramPostTypes,
  tiktokPrivacyLevels,
  xReplySettings,
  youtubeCategories,
  youtubePrivacy,
} from '../../../src/modules/sosial/varian/options.ts';
import type { AccountFacts } from '../../../src/modules/sosial/varian/problems.ts';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { Check, LiveField, ProblemList } from '../ui/form.tsx';

type Props = {
  platform: Platform;
  value: Record<string, unknown>;
  facts: AccountFacts;
  disabled: boolean;
  at: (field: string) => string[];
  onChange: (next: Record<string, unknown>) => void;
};

/** Each platform's own switches of a variant (varian/settings.ts), with their problems beside them. */
export function VarianSettings({ platform, value, facts, disabled, at, onChange }: Props) {
  const set = (key: string, v: unknown) => onChange({ ...value, [key]: v });
  const select = (key: string, label: MessageKey, options: readonly string[], prefix: string) => (
    <Select
      label={t(label)}
      value={String(value[key] ?? '')}
      options={options.map((o) => [o, t(`${prefix}${o}` as MessageKey)])}
      disabled={disabled}
      problems={at(`pengaturan.${key}`)}
      onChange={(v) => set(key, v)}
    />
  );
  const check = (key: string, label: MessageKey) => <Check label={t(label)} checked={value[key] === true} disabled={disabled} onChange={(v) => set(key, v)} />;
  switch (platform) {
    case 'x':
      return select('replySettings', 'varian.replySettings', xReplySettings, 'varian.reply.');
    case 'instagram':
      return select('postType', 'varian.postType', instagramPostTypes, 'varian.type.');
    case 'facebook':
      return select('postType', 'varian.postType', facebookPostTypes, 'varian.type.');
    case 'youtube':
      return (
        <>
          {select('privacyStatus', 'varian.privacyStatus', youtubePrivacy, 'varian.yt.')}
          {select('categoryId', 'varian.category', youtubeCategories, 'varian.cat.')}
          <Tags
            value={(value.tags as string[] | undefined) ?? []}
            disabled={disabled}
            problems={at('pengaturan.tags')}
            onChange={(tags) => set('tags', tags)}
          />
          {check('madeForKids', 'varian.madeForKids')}
        </>
      );
    case 'tiktok': {
      const inbox = value.postMode === 'MEDIA_UPLOAD';
      const offered = facts.privacyOptions ? tiktokPrivacyLevels.filter((o) => facts.privacyOptions?.includes(o)) : null;
      return (
        <>
          <Check label={t('varian.tt.inbox')} checked={inbox} disabled={disabled} onChange={(v) => set('postMode', v ? 'MEDIA_UPLOAD' : 'DIRECT_POST')} />
          {!inbox && offered && (
            // Nothing chosen in advance (TikTok's content sharing guidelines): the first option is "choose".
            <Select
              label={t('varian.tt.privacy')}
              value={String(value.privacyLevel ?? '')}
              options={[['', t('varian.tt.choose')], ...offered.map((o): [string, string] => [o, t(`varian.tt.${o}` as MessageKey)])]}
              disabled={disabled}
              problems={at('pengaturan.privacyLevel')}
              onChange={(v) => set('privacyLevel', v || null)}
            />
          )}
          {!inbox && !offered && <p className="hint">{t('varian.tt.unknown')}</p>}
          {!inbox && !offered && <ProblemList problems={at('pengaturan.privacyLevel')} />}
          {check('allowComment', 'varian.tt.allowComment')}
          {check('allowDuet', 'varian.tt.allowDuet')}
          {check('allowStitch', 'varian.tt.allowStitch')}
          {check('commercial', 'varian.tt.commercial')}
          {value.commercial === true && (
            <>
              {check('yourBrand', 'varian.tt.yourBrand')}
              {check('brandedContent', 'varian.tt.brandedContent')}
            </>
          )}
          <ProblemList problems={at('pengaturan.commercial')} />
          <p className="hint">{t('varian.tt.music')}</p>
        </>
      );
    }
  }
}

function Select(p: { label: string; value: string; options: [string, string][]; disabled: boolean; problems: string[]; onChange: (v: string) => void }) {
  return (
    <LiveField label={p.label} problems={p.problems}>
      {(a) => (
        <select {...a} value={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.target.value)}>
          {p.options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
    </LiveField>
  );
}

function Tags(p: { value: string[]; disabled: boolean; problems: string[]; onChange: (tags: string[]) => void }) {
  return (
    <LiveField label={t('varian.tags')} problems={p.problems}>
      {(a) => (
        <input
          {...a}
          defaultValue={p.value.join(', ')}
          disabled={p.disabled}
          onChange={(e) =>
            p.onChange(
              e.target.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      )}
    </LiveField>
  );
}
