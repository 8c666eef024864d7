import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import type { EventFeature } from '../../src/data/eventTypes';
import { en } from '../../src/i18n/messages';
import { frameSchedule, scheduleDefaults } from '../../src/export/frameSchedule';
import { toInstant } from '../../src/timeline/instant';
import { keyMomentsIn } from '../../src/timeline/keyMoments';
import { buildPaceIndex } from '../../src/timeline/playbackPace';
import { storyWindow } from '../../src/timeline/storyWindow';
import { playbackSpeeds } from '../../src/view/viewReducer';
import { gifFrames } from './gifFrames';
import { openMap } from './mapState';

// The pacing computed here from geo/ alone, to check the files against: the app's own modules, fed
// straight from the source data rather than from the app.
const events = (JSON.parse(readFileSync('geo/events.geojson', 'utf8')) as { features: EventFeature[] }).features;
const starts = Float64Array.from(events.map((event) => toInstant(event.properties.start))).sort();
const story = storyWindow(starts.at(-1) as never);
const pace = buildPaceIndex(starts, story, keyMomentsIn(events).map((moment) => moment.t));
const from = toInstant('2022-01-04T00:00+06:00');
const to = toInstant('2022-01-05T00:00+06:00');
const normalSpeed = playbackSpeeds[1];

async function openRecording(page: Page, t: string) {
  await openMap(page, `?t=${t}`);
  await page.getByRole('button', { name: 'Download data and image' }).click();
  await expect(page.getByTestId('record-video')).toBeVisible({ timeout: 15_000 });
}

async function download(page: Page, start: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), start()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The PNG download of the view at `t`: the picture a frame of that moment must match. */
async function pngAt(page: Page, t: string): Promise<Buffer> {
  await openRecording(page, t);
  return (await download(page, () => page.getByTestId('download-png').click())).bytes;
}

async function chooseRange(page: Page, size: 'square' | 'wide' | 'standard') {
  await page.getByTestId('record-from').selectOption({ label: '4 January 2022, 00:00' });
  await page.getByTestId('record-to').selectOption({ label: '5 January 2022, 00:00' });
  await page.getByTestId(`record-size-${size}`).check();
}

/**
 * How far the first and last frames of a recording are from two reference pictures: the share of
 * pixels whose colour differs by more than 48 (of 255) in a channel, so codec noise on flat colour
 * counts for little and a changed date, caption or region colour for much.
 */
async function frameDistances(appPage: Page, file: Buffer, mime: string, refs: { start: Buffer; end: Buffer }) {
  // Decoded on a page of the same origin without the app's Content-Security-Policy, which (rightly)
  // lets no blob: media play; a script file is such a page, and like the app a secure context.
  const page = await appPage.context().newPage();
  await page.goto('/embed.js');
  return page.evaluate(
    async ({ file, mime, start, end }) => {
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const pixels = (source: CanvasImageSource, width: number, height: number) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(source, 0, 0, width, height);
        return ctx.getImageData(0, 0, width, height).data;
      };
      let frames: Uint8ClampedArray[];
      let size: [number, number];
      if (mime === 'image/gif') {
        const decoder = new ImageDecoder({ data: bytes(file), type: 'image/gif' });
        await decoder.tracks.ready;
        const count = decoder.tracks.selectedTrack!.frameCount;
        const decoded = [(await decoder.decode({ frameIndex: 0 })).image, (await decoder.decode({ frameIndex: count - 1 })).image];
        size = [decoded[0]!.displayWidth, decoded[0]!.displayHeight];
        frames = decoded.map((frame) => pixels(frame, size[0], size[1]));
      } else {
        const video = document.createElement('video');
        video.muted = true;
        video.src = URL.createObjectURL(new Blob([bytes(file)], { type: mime }));
        await new Promise((resolve, reject) => {
          video.onloadeddata = resolve;
          video.onerror = () => reject(new Error(`video: ${video.error?.message}`));
        });
        size = [video.videoWidth, video.videoHeight];
        const at = async (time: number) => {
          video.currentTime = time;
          await new Promise((resolve) => (video.onseeked = resolve));
          return pixels(video, size[0], size[1]);
        };
        frames = [await at(0), await at(video.duration - 0.02)];
      }
      const refPixels = async (b64: string) => pixels(await createImageBitmap(new Blob([bytes(b64)], { type: 'image/png' })), size[0], size[1]);
      const [a, b] = [await refPixels(start), await refPixels(end)];
      const distance = (x: Uint8ClampedArray, y: Uint8ClampedArray) => {
        let differing = 0;
        for (let i = 0; i < x.length; i += 4) {
          if (Math.abs(x[i]! - y[i]!) > 48 || Math.abs(x[i + 1]! - y[i + 1]!) > 48 || Math.abs(x[i + 2]! - y[i + 2]!) > 48) differing += 1;
        }
        return differing / (x.length / 4);
      };
      return { firstToStart: distance(frames[0]!, a), firstToEnd: distance(frames[0]!, b), lastToStart: distance(frames[1]!, a), lastToEnd: distance(frames[1]!, b) };
    },
    { file: file.toString('base64'), mime, start: refs.start.toString('base64'), end: refs.end.toString('base64') },
  );
}

function expectMoments(d: { firstToStart: number; firstToEnd: number; lastToStart: number; lastToEnd: number }) {
  test.info().annotations.push({ type: 'frame distances', description: JSON.stringify(d) });
  expect(d.firstToStart, 'first frame vs the start picture').toBeLessThan(0.004);
  expect(d.lastToEnd, 'last frame vs the end picture').toBeLessThan(0.004);
  expect(d.firstToEnd, 'first frame vs the end picture').toBeGreaterThan(Math.max(0.01, 5 * d.firstToStart));
  expect(d.lastToStart, 'last frame vs the start picture').toBeGreaterThan(Math.max(0.01, 5 * d.lastToEnd));
}

test.describe('recording the playback', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the video is MP4/H.264 where the encoder offers it, of the chosen size and paced length, from the start moment to the end moment', async ({ page }) => {
    const refs = { start: await pngAt(page, '2022-01-04T00:00'), end: await pngAt(page, '2022-01-05T00:00') };
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (what: string) => violations.push(what));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation: (s: string) => void }).reportViolation(event.violatedDirective)));
    await chooseRange(page, 'standard');
    const expected = frameSchedule(pace, from, to, normalSpeed, scheduleDefaults.videoFps);
    const offersH264 = await page.evaluate(async () => (await VideoEncoder.isConfigSupported({ codec: 'avc1.640028', width: 1200, height: 860, framerate: 30 })).supported === true);
    const { name, bytes } = await download(page, () => page.getByTestId('record-video').click());
    const extension = offersH264 ? 'mp4' : 'webm';
    expect(name).toBe(`qantar-map-2022-01-04T00-00_2022-01-05T00-00-1200x860-en.${extension}`);
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const track = await input.getPrimaryVideoTrack();
    expect(track).not.toBeNull();
    expect([track!.displayWidth, track!.displayHeight]).toEqual([1200, 860]);
    expect(track!.codec).toBe(offersH264 ? 'avc' : 'vp9');
    expect(await input.computeDuration()).toBeCloseTo(expected.frames / expected.fps, 1);
    expect((await track!.computePacketStats()).packetCount).toBe(expected.frames);
    await expect(page.getByTestId('record-status')).toHaveText(new RegExp(`Saved ${name}`));
    expectMoments(await frameDistances(page, bytes, offersH264 ? 'video/mp4' : 'video/webm', refs));
    expect(violations).toEqual([]);
  });

  test('without H.264 the video falls back to WebM/VP9', async ({ page }) => {
    await page.addInitScript(() => {
      const original = VideoEncoder.isConfigSupported.bind(VideoEncoder);
      VideoEncoder.isConfigSupported = (config) => (config.codec.startsWith('avc') ? Promise.resolve({ supported: false, config }) : original(config));
    });
    await openRecording(page, '2022-01-05');
    await chooseRange(page, 'square');
    const { name, bytes } = await download(page, () => page.getByTestId('record-video').click());
    expect(name).toBe('qantar-map-2022-01-04T00-00_2022-01-05T00-00-1080x1080-en.webm');
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const track = await input.getPrimaryVideoTrack();
    expect([track!.displayWidth, track!.displayHeight, track!.codec]).toEqual([1080, 1080, 'vp9']);
    const expected = frameSchedule(pace, from, to, normalSpeed, scheduleDefaults.videoFps);
    expect(await input.computeDuration()).toBeCloseTo(expected.frames / expected.fps, 1);
  });

  test('the GIF has the chosen size, one frame per instant whose delays add up to the paced length, from the start moment to the end moment', async ({ page }) => {
    const refs = { start: await pngAt(page, '2022-01-04T00:00'), end: await pngAt(page, '2022-01-05T00:00') };
    await chooseRange(page, 'standard');
    const { name, bytes } = await download(page, () => page.getByTestId('record-gif').click());
    expect(name).toBe('qantar-map-2022-01-04T00-00_2022-01-05T00-00-1200x860-en.gif');
    const gif = gifFrames(bytes);
    const expected = frameSchedule(pace, from, to, normalSpeed, scheduleDefaults.gifFps);
    expect([gif.width, gif.height]).toEqual([1200, 860]);
    expect(gif.delays).toHaveLength(expected.runs.length);
    expect(gif.delays.reduce((sum, delay) => sum + delay, 0) / 100).toBeCloseTo(expected.frames / expected.fps, 5);
    expectMoments(await frameDistances(page, bytes, 'image/gif', refs));
  });

  test('the half-size GIF is half as wide and high', async ({ page }) => {
    await openRecording(page, '2022-01-05');
    await chooseRange(page, 'wide');
    await page.getByTestId('record-gif-half').check();
    const { name, bytes } = await download(page, () => page.getByTestId('record-gif').click());
    expect(name).toBe('qantar-map-2022-01-04T00-00_2022-01-05T00-00-960x540-en.gif');
    const gif = gifFrames(bytes);
    expect([gif.width, gif.height]).toEqual([960, 540]);
  });

  test('Cancel stops the recording at once: no file, words that say so, and the PNG still downloads', async ({ page }) => {
    await openRecording(page, '2022-01-05');
    await page.getByTestId('record-size-wide').check();
    const downloads: string[] = [];
    page.on('download', (file) => downloads.push(file.suggestedFilename()));
    await page.getByTestId('record-video').click();
    await expect(page.getByTestId('record-progress')).toHaveText(/^Frame [\d,]+ of [\d,]+$/, { timeout: 30_000 });
    await expect(page.locator('.qm-recording progress')).toBeVisible();
    await page.getByTestId('record-cancel').click();
    await expect(page.getByTestId('record-status')).toHaveText('Cancelled: no file was made.', { timeout: 5_000 });
    await expect(page.getByTestId('record-cancel')).toHaveCount(0);
    await page.waitForTimeout(1500);
    expect(downloads).toEqual([]);
    const { name } = await download(page, () => page.getByTestId('download-png').click());
    expect(name).toBe('qantar-map-2022-01-06T00-00-en.png');
  });

  test('without WebCodecs the video says why in words, and the GIF still works', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { VideoEncoder?: unknown }).VideoEncoder;
    });
    await openRecording(page, '2022-01-05');
    await chooseRange(page, 'square');
    await page.getByTestId('record-video').click();
    await expect(page.getByTestId('record-status')).toHaveText('This browser cannot encode video (no WebCodecs). The GIF, PNG and SVG still work.');
    const { name } = await download(page, () => page.getByTestId('record-gif').click());
    expect(name).toBe('qantar-map-2022-01-04T00-00_2022-01-05T00-00-1080x1080-en.gif');
  });

  test('an end before the start is refused in words, in Kazakh too', async ({ page }) => {
    await openMap(page, '?t=2022-01-05&lang=kk');
    await page.getByRole('button', { name: /Деректер мен суретті/ }).click();
    await expect(page.getByTestId('record-video')).toBeVisible({ timeout: 15_000 });
    const options = await page.getByTestId('record-from').locator('option').allTextContents();
    expect(options.some((option) => /2022 жылғы 4 қаңтар, 00:00/.test(option))).toBe(true);
    await page.getByTestId('record-from').selectOption({ index: 5 });
    await page.getByTestId('record-to').selectOption({ index: 2 });
    await expect(page.getByTestId('record-length')).toHaveText('Соңы басынан кейін болуы керек.');
    await expect(page.getByTestId('record-video')).toBeDisabled();
    await expect(page.getByTestId('record-gif')).toBeDisabled();
  });

  test('the SVG of this view parses, has the picture size and the title and date as text', async ({ page }) => {
    await openRecording(page, '2022-01-06T12:00');
    const { name, bytes } = await download(page, () => page.getByTestId('download-svg').click());
    expect(name).toBe('qantar-map-2022-01-06T12-00-en.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.nodeName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        title: doc.querySelector('title')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect([parsed.width, parsed.height]).toEqual(['1200', '860']);
    expect(parsed.texts.join(' ')).toContain('6 January 2022, 12:00');
    expect(parsed.title).toBe(en.title);
    expect(parsed.texts.join(' ')).toContain(en.title.split(':')[0]!);
  });

  test('axe finds nothing in the Download dialog, at rest and while recording, on a phone in Russian', async ({ page }) => {
    const scan = async () =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('dialog[open]').analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    await page.setViewportSize({ width: 360, height: 780 });
    await openMap(page, '?t=2022-01-05&lang=ru');
    await page.getByRole('button', { name: 'Скачать данные и изображение' }).click();
    await expect(page.getByTestId('record-video')).toBeVisible({ timeout: 15_000 });
    expect(await scan()).toEqual([]);
    await page.getByTestId('record-size-wide').check();
    await page.getByTestId('record-video').click();
    await expect(page.getByTestId('record-progress')).toHaveText(/^Кадр/, { timeout: 30_000 });
    expect(await scan()).toEqual([]);
    await page.getByTestId('record-cancel').click();
    await expect(page.getByTestId('record-status')).toHaveText('Отменено: файл не создан.');
  });
});
