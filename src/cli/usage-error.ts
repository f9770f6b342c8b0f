/** A problem with how the command was called or with the file system: exit 2, message only, no stack. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}
