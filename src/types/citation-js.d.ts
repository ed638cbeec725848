// citation-js ships no types; the tests use this much of it.
declare module '@citation-js/core' {
  export class Cite {
    static async(input: string): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: 'bibliography' | 'data', options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, style: string): void } };
      get(name: '@bibtex'): { parse: { sentenceCase: string } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
