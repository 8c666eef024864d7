export interface FirstViewFile {
  part: string;
  file: string;
  raw: number;
  gzip: number;
}
export declare const firstViewBudgetBytes: number;
export declare function firstViewFiles(dist: string): FirstViewFile[];
export declare function totalsByPart(files: Pick<FirstViewFile, 'part' | 'raw' | 'gzip'>[]): { part: string; raw: number; gzip: number }[];
