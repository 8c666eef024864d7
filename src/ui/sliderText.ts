import { formatAlmatyInstant } from '../i18n/formatTime';
import type { Messages } from '../i18n/messages';
import type { Instant } from '../timeline/instant';

/**
 * The slider's aria-valuetext: "5 January 2022, 18:00 Almaty time: protests in 15 of 17 regions".
 * `regions` is the headline's count phrase (headlineParts), so both agree in every mode and filter.
 */
export function sliderValueText(t: number, storyStart: number, regions: string, messages: Messages): string {
  return messages.valueText(formatAlmatyInstant(t as Instant, storyStart, messages.calendar), regions);
}
