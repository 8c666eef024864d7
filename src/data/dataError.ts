/** A problem with one of the data files; the message names the file, the feature and the field. */
export class DataError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'DataError';
    this.file = file;
  }
}
