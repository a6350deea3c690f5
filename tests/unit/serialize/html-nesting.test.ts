import { describe, expect, it } from 'vitest';
import { renderArticleText, type TextContext } from '../../../src/serialize/page/highlight-text.js';
import type { PageMention, PageThing } from '../../../src/serialize/page/page-facts.js';
import { nestSpans, type Span, type SpanPiece } from '../../../src/serialize/page/span-nesting.js';

const span = (start: number, end: number, value: string, rank = 0): Span<string> => ({ start, end, rank, value });

/** A compact picture of a forest: value[start,end) with children in braces; split parts get #part. */
function shape(pieces: readonly SpanPiece<string>[]): string {
  return pieces
    .map((p) => `${p.value}${p.part > 1 ? `#${p.part}` : ''}[${p.start},${p.end})${p.children.length ? `{${shape(p.children)}}` : ''}`)
    .join(' ');
}

describe('nestSpans', () => {
  it('nests a span inside the one that contains it (МИД России ⊃ России)', () => {
    expect(shape(nestSpans([span(4, 10, 'Россия'), span(0, 10, 'МИД России')]))).toBe('МИД России[0,10){Россия[4,10)}');
  });

  it('nests several levels: a quote holding a description holding a name', () => {
    const pieces = nestSpans([span(5, 8, 'name'), span(0, 30, 'quote'), span(2, 8, 'description')]);
    expect(shape(pieces)).toBe('quote[0,30){description[2,8){name[5,8)}}');
  });

  it('keeps adjacent and separate spans as siblings', () => {
    expect(shape(nestSpans([span(3, 6, 'b'), span(0, 3, 'a'), span(8, 9, 'c')]))).toBe('a[0,3) b[3,6) c[8,9)');
  });

  it('splits a crossing span at the end of the span it starts in, the same way every time', () => {
    const spans = [span(0, 10, 'A'), span(5, 15, 'B')];
    expect(shape(nestSpans(spans))).toBe('A[0,10){B[5,10)} B#2[10,15)');
    expect(shape(nestSpans([...spans].reverse()))).toBe('A[0,10){B[5,10)} B#2[10,15)');
  });

  it('splits a span again at each container it crosses', () => {
    const pieces = nestSpans([span(0, 20, 'outer'), span(2, 10, 'inner'), span(5, 25, 'long')]);
    expect(shape(pieces)).toBe('outer[0,20){inner[2,10){long[5,10)} long#2[10,20)} long#3[20,25)');
  });

  it('orders identical spans by rank, then input order, and drops empty ones', () => {
    expect(shape(nestSpans([span(0, 4, 'name', 2), span(0, 4, 'description', 1), span(3, 3, 'empty')]))).toBe('description[0,4){name[0,4)}');
    expect(shape(nestSpans([span(0, 4, 'first'), span(0, 4, 'second')]))).toBe('first[0,4){second[0,4)}');
  });

  it('covers every character of every span exactly once per span', () => {
    const spans = [span(0, 7, 'a'), span(3, 12, 'b'), span(6, 9, 'c'), span(8, 14, 'd'), span(11, 13, 'e')];
    const covered = new Map<string, number[]>();
    const walk = (pieces: readonly SpanPiece<string>[], parent?: SpanPiece<string>) => {
      for (const p of pieces) {
        if (parent) expect(p.start >= parent.start && p.end <= parent.end).toBe(true);
        for (let i = p.start; i < p.end; i++) covered.set(p.value, [...(covered.get(p.value) ?? []), i]);
        walk(p.children, p);
      }
    };
    walk(nestSpans(spans));
    for (const s of spans) expect(covered.get(s.value)).toEqual(Array.from({ length: s.end - s.start }, (_, i) => s.start + i));
  });
});

const thing = (iri: string, category: PageThing['category']): PageThing => ({
  iri,
  category,
  typeLabel: category,
  node: { iri, types: [], properties: new Map() },
});

function context(): TextContext {
  const things = new Map([
    ['ex:mid', thing('ex:mid', 'organization')],
    ['ex:ru', thing('ex:ru', 'country')],
    ['ex:q1', thing('ex:q1', 'quote')],
    ['ex:putin', thing('ex:putin', 'person')],
  ]);
  return { things, tipIdOf: (iri) => `tip-${iri.slice(3)}`, speakerOf: (iri) => (iri === 'ex:q1' ? 'Владимир Путин' : undefined) };
}

const mention = (start: number, end: number, anchor: string, kind: PageMention['kind'], target: string): PageMention => ({ start, end, anchor, kind, target });

/** The text of each mark, by its data-iri (the page's tags stripped). */
function markTexts(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /<mark[^>]*data-iri="([^"]+)"[^>]*>/g;
  for (const m of html.matchAll(re)) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    const from = i;
    while (depth > 0) {
      const next = html.indexOf('<', i);
      if (html.startsWith('</mark>', next)) depth--;
      else if (html.startsWith('<mark', next)) depth++;
      i = html.indexOf('>', next) + 1;
      if (depth === 0) out[m[1] as string] = html.slice(from, next).replace(/<[^>]+>/g, '');
    }
  }
  return out;
}

describe('renderArticleText', () => {
  it('uses code point offsets: an emoji before the mentions shifts nothing', () => {
    const text = '🌍🇷🇺 МИД России: «Мы готовы»';
    // code points: 🌍 = 1, 🇷🇺 = 2 (two regional indicators), space = 1 → "МИД" starts at 4.
    const mentions = [mention(4, 14, 'МИД России', 'name', 'ex:mid'), mention(8, 14, 'России', 'name', 'ex:ru'), mention(17, 26, 'Мы готовы', 'quote', 'ex:q1')];
    const [p] = renderArticleText(text, mentions, context());
    expect(markTexts(p ?? '')).toEqual({ 'ex:mid': 'МИД России', 'ex:ru': 'России', 'ex:q1': 'Мы готовы' });
    expect(p).toContain('<span class="speaker">Владимир Путин:</span>');
    expect(p).toContain('data-start="4" data-end="14"');
    expect(p).toMatch(/<mark[^>]*data-iri="ex:mid"[^>]*>МИД <mark[^>]*data-iri="ex:ru"/);
  });

  it('marks each mention with its type, kind, offsets and popover, focusable once', () => {
    const [p] = renderArticleText('Он сказал.', [mention(0, 2, 'Он', 'pronoun', 'ex:putin')], context());
    expect(p).toBe(
      '<p><mark class="m c-person k-pronoun light" tabindex="0" data-iri="ex:putin" data-type="person" data-kind="pronoun" data-start="0" data-end="2" aria-describedby="tip-putin">Он</mark> сказал.</p>',
    );
  });

  it('makes one paragraph per non-blank line and cuts a mention at a line break', () => {
    const text = 'первая МИД\n\nРоссии вторая';
    const paragraphs = renderArticleText(text, [mention(7, 18, 'МИД\n\nРоссии', 'name', 'ex:mid')], context());
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/<mark[^>]*tabindex="0"[^>]*>МИД<\/mark><\/p>$/);
    expect(paragraphs[1]).toMatch(/^<p><mark[^>]*data-start="7" data-end="18" data-continued[^>]*>России<\/mark> вторая<\/p>$/);
    expect(paragraphs[1]).not.toContain('tabindex');
  });

  it('escapes the text around and inside marks', () => {
    const [p] = renderArticleText('<b>&МИД</b>', [mention(4, 7, 'МИД', 'name', 'ex:mid')], context());
    expect(p).toContain('&lt;b&gt;&amp;<mark');
    expect(p).toContain('>МИД</mark>&lt;/b&gt;');
  });
});
