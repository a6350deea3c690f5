// Minimal typings for the parts of the `az` package (OpenCorpora morphology) that newsgraph uses.
declare module 'az' {
  export interface AzTag {
    POST?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    ANim?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser?: string;
    /** Letters az dropped as stutter (Маррокко read as марокко: stutterCnt 1). */
    stutterCnt?: number;
    typosCnt?: number;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: string[] | AzTag): AzParse | false;
    toString(): string;
  }
  export interface AzMorphFn {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
  }
  /** How az reads its dictionary files (fs.readFile under Node); `json` files arrive parsed. */
  export type AzLoad = (url: string, responseType: 'json' | 'arraybuffer', callback: (err: unknown, data?: unknown) => void) => void;
  const Az: { Morph: AzMorphFn; load: AzLoad };
  export default Az;
}
