/**
 * A stand-in for CanvasRenderingContext2D that records what is drawn, as Observable Plot snapshots
 * its SVG: every method call and property set becomes one readable line, numbers rounded to two
 * decimals so a golden file does not churn on floating-point noise.
 */
export interface Recording {
  ctx: CanvasRenderingContext2D;
  /** `fillStyle = "#f4f1ea"`, `moveTo(24, 118.5)`, … in drawing order. */
  lines: string[];
}

/** Text is measured as 8 px a character: deterministic, and close enough for layout. */
const characterWidth = 8;

function format(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value && typeof value === 'object' && 'label' in value) return `[${String(value.label)}]`;
  return String(value);
}

export function recordingContext(): Recording {
  const lines: string[] = [];
  const state = new Map<PropertyKey, unknown>();
  const ctx = new Proxy({} as CanvasRenderingContext2D, {
    get(_target, name) {
      if (state.has(name)) return state.get(name);
      return (...args: unknown[]) => {
        lines.push(`${String(name)}(${args.map(format).join(', ')})`);
        if (name === 'measureText') return { width: String(args[0]).length * characterWidth };
        return undefined;
      };
    },
    set(_target, name, value: unknown) {
      state.set(name, value);
      lines.push(`${String(name)} = ${format(value)}`);
      return true;
    },
  });
  return { ctx, lines };
}

/** A fake CanvasPattern that records as `[label]`. */
export function fakePattern(label: string): CanvasPattern {
  return { label, setTransform: () => undefined } as unknown as CanvasPattern;
}
