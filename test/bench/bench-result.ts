/** One figure printed by `npm run bench`. */
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  /** The figure the issue asks for, e.g. "< 1000 ms". */
  target?: string;
};
