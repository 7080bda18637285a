import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: 'AKIAXQ7ZEZE7DIBGYDI5',
    secretAccessKey: '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',
  },
});
