// s3rver (a test-only S3 server) ships no types; this is the part the tests and the bench use.
declare module 's3rver' {
  type Options = { port?: number; address?: string; silent?: boolean; directory: string; configureBuckets?: Array<{ name: string; configs?: string[] }> };
  export default class S3rver {
    constructor(options: Options);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
