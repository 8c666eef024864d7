import { toPublicUrl } from '../oembed/toPublicUrl.ts';

/**
 * QM_PUBLIC_URL for the social tags: unset or blank gives null (the tags stay relative to the
 * page); anything else is checked as the oEmbed answers check it (toPublicUrl), so the two
 * outputs of one build can never disagree about where the app lives.
 */
export function publicUrl(value = process.env.QM_PUBLIC_URL): string | null {
  return value?.trim() ? toPublicUrl(value.trim()) : null;
}
